import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regulations, regulationSlugs } from '../../src/data/regulations.ts';
import { regulationIds } from '../../src/history/tombstones.ts';
import { chapterFields } from '../../src/lib/chapter-schema.ts';
import { cleanSource } from '../../src/lib/import/index.ts';
import { findMojibake } from '../../src/lib/import/mojibake.ts';
import { countPinyin } from '../../src/lib/import/pinyin.ts';
import { comparable } from '../../src/lib/import/punctuation.ts';
import { findWrapperText } from '../../src/lib/import/wrapper.ts';
import { splitHeading } from '../../src/lib/policy/anchors.ts';
import { headingIdProblem } from '../../src/lib/subsection-ids.ts';
import { readChapters, seedsRoot, visibleText } from '../support/chapters.ts';

const chapters = readChapters();
const regulationChapters = chapters.filter((c) => regulations.some((r) => c.path.startsWith(`${r.slug}/`)));

/** Numbering, item dashes and colons differ in form between source and chapter; compare the words. */
const words = (text: string) =>
  comparable(text)
    .replace(/(?<![\d.])\d{1,2}\.(?!\d)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|(?<![\dA-Za-z])-(?!\d)|:/g, '')
    .replace(/制定家居運營管理制度|家居運營管理制度|運營模式流程制度|商業運營全套管理制度|運營管理工作制度/g, '');

export function sentenceCoverage(seedText: string, chapterText: string) {
  const haystack = words(chapterText);
  const sentences = cleanSource(seedText).split(/(?<=[。；;!?！？])|\n+/).map(words).filter((s) => s.length >= 4);
  const missing = sentences.filter((s) => !haystack.includes(s));
  return { total: sentences.length, missing, ratio: 1 - missing.length / sentences.length };
}

describe('chapter frontmatter', () => {
  it.each(chapters.map((c) => [c.path, c] as const))('%s passes the schema', (_, chapter) => {
    const result = chapterFields.safeParse(chapter.frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(typeof chapter.frontmatter.title).toBe('string');
  });

  it.each(regulationChapters.map((c) => [c.path, c] as const))('%s belongs to its folder and is ordered by its number', (path, chapter) => {
    const [folder, file] = path.split('/');
    expect(chapter.frontmatter.regulation).toBe(folder);
    const expectedOrder = file === 'index.mdx' ? 0 : Number(/^s(\d+)\.mdx$/.exec(file!)?.[1]);
    expect(chapter.frontmatter.order).toBe(expectedOrder);
    expect((chapter.frontmatter.sidebar as { order?: number } | undefined)?.order).toBe(expectedOrder);
  });

  it('rejects an unknown regulation, naming the field', () => {
    const result = chapterFields.safeParse({ regulation: 'finance', order: 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['regulation']);
    expect(result.error!.issues[0]!.message).toMatch(/regulation 必須是/);
  });

  it('rejects a negative or fractional order', () => {
    expect(chapterFields.safeParse({ order: -1 }).success).toBe(false);
    expect(chapterFields.safeParse({ order: 1.5 }).success).toBe(false);
  });
});

describe('chapter text is clean', () => {
  it.each(chapters.map((c) => [c.path, c] as const))('%s has no pinyin, wrapper text or mojibake', (_, chapter) => {
    const text = visibleText(chapter.body);
    expect(countPinyin(text)).toBe(0);
    expect(findWrapperText(text)).toEqual([]);
    expect(findMojibake(text)).toEqual([]);
  });
});

describe('clause ids', () => {
  // Ids are kept forever (see src/lib/policy/anchors.ts): well-formed, unique, never given back, and every id of
  // an earlier version still on its page or remembered there by a tombstone (src/history/tombstones.ts).
  it.each(regulationSlugs.map((slug) => [slug] as const))('%s keeps every clause link working', (slug) => {
    expect(regulationIds(slug).problems).toEqual([]);
  });

  it.each(regulationChapters.filter((c) => /\/s\d+\.mdx$/.test(c.path)).map((c) => [c.path, c] as const))(
    '%s gives every ## heading an id of its own page',
    (path, chapter) => {
      const section = Number(/s(\d+)\.mdx$/.exec(path)![1]);
      const problems = chapter.body
        .split('\n')
        .filter((line) => /^## /.test(line))
        .map((line) => [line, headingIdProblem(splitHeading(line.slice(3)).id, section)])
        .filter(([, problem]) => problem);
      expect(problems).toEqual([]);
    },
  );
});

describe('every seed sentence is on the site', () => {
  it.each(regulations.map((r) => [r.title, r] as const))('%s', (_, regulation) => {
    const seedText = readFileSync(join(seedsRoot, regulation.seed), 'utf8');
    const text = regulationChapters.filter((c) => c.path.startsWith(`${regulation.slug}/`) && !c.path.endsWith('index.mdx')).map((c) => `${c.frontmatter.title}\n${visibleText(c.body)}`).join('\n');
    const coverage = sentenceCoverage(seedText, text);
    console.info(`${regulation.title}: ${coverage.total - coverage.missing.length}/${coverage.total} sentences (${(coverage.ratio * 100).toFixed(1)} %)`);
    expect(coverage.missing).toEqual([]);
  });
});
