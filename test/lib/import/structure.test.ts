import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHints } from '../../../src/data/import-hints.ts';
import { importRegulation, parseRegulation } from '../../../src/lib/import/index.ts';
import { mdxText } from '../../../src/lib/import/mdx.ts';
import { parseStructure } from '../../../src/lib/import/structure.ts';
import { splitTitle } from '../../../src/lib/import/titles.ts';
import { seedsRoot } from '../../support/chapters.ts';
import { mojibakeRepairs } from '../../../src/data/mojibake.ts';

const seed = (file: string) => readFileSync(join(seedsRoot, file), 'utf8');

describe('parseStructure', () => {
  it('turns inline numbering into section, subsection and titled clauses (000)', () => {
    const body = '一、總則(一)目的本制度旨在規范公司運營模式流程。(二)基本原則1.合法合規原則:嚴格遵守國家法律法規。2.流程優化原則:不斷優化運營流程。二、運營模式概述';
    const { sections } = parseStructure(body, { title: 'x', titles: ['目的'] });
    expect(sections.map((s) => s.title)).toEqual(['總則', '運營模式概述']);
    const [purpose, principles] = sections[0]!.subsections;
    expect(purpose).toMatchObject({ id: 'c1-1', title: '目的', intro: '本制度旨在規范公司運營模式流程。' });
    expect(principles!.clauses.map((c) => [c.id, c.title, c.text])).toEqual([
      ['c1-2-1', '合法合規原則', '嚴格遵守國家法律法規。'],
      ['c1-2-2', '流程優化原則', '不斷優化運營流程。'],
    ]);
  });

  it('accepts a subsection only in sequence, so (三) right after (一) stays text', () => {
    const body = '一、總則(一)目的本制度。(三)基本原則';
    const { sections } = parseStructure(body, { title: 'x', titles: ['目的'] });
    expect(sections[0]!.subsections).toHaveLength(1);
    expect(sections[0]!.subsections[0]!.intro).toBe('本制度。(三)基本原則');
  });

  it('keeps decimals and score ranges inside sentences (002 績效考核制度)', () => {
    const body = '一、管理制度\n\n績效考核制度\n3.績效考核結果分為四個等級。-優秀:績效得分在90分及以上,當月績效獎金發放系數為1.5,優先考慮晉升。-良好:績效得分在80-89分,當月績效獎金發放系數為1.2。';
    const { sections } = parseStructure(body, { title: 'x', subsectionHeadings: ['績效考核制度'] });
    const clause = sections[0]!.subsections[0]!.clauses;
    expect(clause).toHaveLength(0); // numbering must start at 1
    const fromOne = parseStructure(body.replace('3.', '1.'), { title: 'x', subsectionHeadings: ['績效考核制度'] });
    const items = fromOne.sections[0]!.subsections[0]!.clauses[0]!.items;
    expect(items.map((i) => [i.id, i.title])).toEqual([['c1-1-1-i1', '優秀'], ['c1-1-1-i2', '良好']]);
    expect(items[1]!.text).toBe('績效得分在80-89分,當月績效獎金發放系數為1.2。');
  });

  it('finds 001 unnumbered section titles and numbers their clauses under subsection 0', () => {
    const { sections } = parseRegulation(seed('001_77c0b436437c41de.txt'), importHints['home-operations'], mojibakeRepairs);
    expect(sections.map((s) => s.title)).toEqual(importHints['home-operations'].sectionTitles);
    expect(sections[1]!.clauses[0]).toMatchObject({ id: 'c2-0-1', title: '市場調研與分析' });
  });

  it('gives 002 attendance, KPI and inventory clauses the ids the calculators cite', () => {
    const { sections } = parseRegulation(seed('002_396ba0599494ea0e.txt'), importHints['commercial-operations'], mojibakeRepairs);
    const management = sections[3]!;
    expect(management.title).toBe('管理制度');
    expect(management.subsections[0]!.clauses[1]).toMatchObject({ id: 'c4-1-2' });
    expect(management.subsections[0]!.clauses[1]!.text).toMatch(/^遲到或早退在15分鐘以內的/);
    expect(management.subsections[1]!.clauses[2]!.items.map((i) => i.title)).toEqual(['優秀', '良好', '合格', '不合格']);
    const inventory = sections[2]!.subsections[3]!.clauses[1]!;
    expect(inventory).toMatchObject({ id: 'c3-4-2', title: '庫存管理流程', text: '' });
    expect(inventory.items[0]).toMatchObject({ id: 'c3-4-2-i1', title: '庫存規劃' });
  });
});

describe('splitTitle', () => {
  it('prefers a known title, then a near colon', () => {
    expect(splitTitle('信息收集市場調研專員每月定期收集', ['信息收集'], 'clause')).toEqual({ title: '信息收集', text: '市場調研專員每月定期收集' });
    expect(splitTitle('確定調研目標:運營總監確定目標', [], 'clause')).toEqual({ title: '確定調研目標', text: '運營總監確定目標' });
    expect(splitTitle('各部門、各崗位人員應嚴格按照本制度', [], 'clause')).toEqual({ title: undefined, text: '各部門、各崗位人員應嚴格按照本制度' });
  });
});

describe('mdxText', () => {
  it('escapes MDX syntax and marks template placeholders', () => {
    expect(mdxText('公司采用[具體運營模式名稱]的運營模式')).toBe('公司采用<Placeholder name="具體運營模式名稱" />的運營模式');
    expect(mdxText('a{b}<c>')).toBe('a&#123;b&#125;&#60;c&#62;');
    expect(mdxText('1.開頭')).toBe('1\\.開頭');
  });
});

describe('importRegulation', () => {
  it('refuses an empty file with a Chinese message', () => {
    expect(() => importRegulation('  \n', 'x', { title: 'x' }, mojibakeRepairs)).toThrow('來源檔案是空的');
  });

  it('refuses text without any section', () => {
    expect(() => importRegulation('這不是規章', 'x', { title: 'x' }, mojibakeRepairs)).toThrow(/找不到任何章節/);
  });

  it('writes an overview and one page per section, with a visible end where the preview stops', () => {
    const files = importRegulation(seed('000_4d503a2c4e1c1829.txt'), 'operating-model', importHints['operating-model'], mojibakeRepairs);
    expect(files.map((f) => f.path)).toEqual(['operating-model/index.mdx', ...[1, 2, 3, 4, 5, 6].map((n) => `operating-model/s${n}.mdx`)]);
    expect(files.at(-1)!.content).toContain('<SourceEnds />');
    expect(files[1]!.content).toMatch(/^---\ntitle: "一、總則"\nregulation: "operating-model"\norder: 1\n/);
  });
});
