import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFiles } from '../../../src/data/import-hints.ts';
import { cleanSource } from '../../../src/lib/import/index.ts';
import { formChanges, normaliseForms } from '../../../src/lib/import/normalise.ts';
import { normaliseMdx } from '../../../src/lib/import/normalise-mdx.ts';
import { seedsRoot } from '../../support/chapters.ts';
import { reviewList } from '../../support/normalisation-review.ts';
import { mojibakeRepairs } from '../../../src/data/mojibake.ts';

describe('normaliseForms: mainland forms to standard Traditional, by phrase', () => {
  it.each([
    ['適用于全體員工', '適用於全體員工'],
    ['發貨后，及時錄入', '發貨後，及時錄入'],
    ['分析原因并調整', '分析原因並調整'],
    ['簽訂采購合同', '簽訂採購合同'],
    ['確保工作的規范化', '確保工作的規範化'],
    ['建立良好的合作關系', '建立良好的合作關係'],
    ['獎金發放系數', '獎金發放係數'],
    ['宣傳資料制作', '宣傳資料製作'],
    ['受理客戶咨詢', '受理客戶諮詢'],
    ['經公司管理層批準后實施', '經公司管理層批准後實施'],
  ])('%s → %s', (before, after) => {
    expect(normaliseForms(before)).toBe(after);
  });

  it.each([
    ['皇后', 'a 后 that is a queen'],
    ['范仲淹的名言', 'the surname 范'],
    ['庫存管理系統', '系 in 系統'],
    ['制定年度計劃', '制 in 制定'],
    ['準確記錄', '準 in 準確'],
    ['線上線下渠道', 'no Taiwan phrase: 線上 stays'],
    ['收集市場信息', 'no Taiwan phrase: 信息 stays'],
    ['了解客戶需求，匯報上級，審核訂單', 'no OpenCC preference that is not a correction'],
  ])('leaves %s (%s)', (text) => {
    expect(normaliseForms(text)).toBe(text);
  });

  it('is idempotent and keeps the length, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'于后并采范系制咨準皇關發貨作詢批先生統a1，。\n<>="'.split('')) }), (text) => {
        const once = normaliseForms(text);
        expect(once).toHaveLength(text.length);
        expect(normaliseForms(once)).toBe(once);
      }),
    );
  });

  it('changes nothing outside the forms it corrects: ASCII, markup and punctuation stay', () => {
    const markup = '<Clause id="c3-1-1" n={1} title="信息收集">\n- 關系\n</Clause>';
    expect(normaliseForms(markup)).toBe(markup.replace('關系', '關係'));
  });
});

describe('the importer normalises, and the review list holds every changed span', () => {
  it('leaves no correctable form in any cleaned seed', () => {
    for (const seed of seedFiles) {
      const cleaned = cleanSource(readFileSync(join(seedsRoot, seed), 'utf8'), mojibakeRepairs);
      expect(formChanges(cleaned)).toEqual([]);
    }
  });

  it('test/fixtures/normalisation-review.tsv is up to date (npm run normalise -- --review rewrites it)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'normalisation-review.tsv'), 'utf8');
    expect(committed).toBe(reviewList());
  });
});

describe('normaliseMdx: chapter text only', () => {
  const chapter = [
    '---',
    'title: "（二）適用范圍"',
    '---',
    '',
    '<Clause id="c1-2-1" n={1} title="客戶咨詢受理">',
    '公司采用<Placeholder name="具體運營模式名稱采" />的模式，`采` 不變，并及時處理。',
    '</Clause>',
  ].join('\n');

  it('normalises text, frontmatter values and titles; tags, placeholder names and code stay as written', () => {
    const out = normaliseMdx(chapter);
    expect(out).toContain('title: "（二）適用範圍"');
    expect(out).toContain('title="客戶諮詢受理"');
    expect(out).toContain('公司採用<Placeholder name="具體運營模式名稱采" />');
    expect(out).toContain('`采` 不變，並及時處理。');
    expect(out.replace(/[^\x00-\x7f]/g, '')).toBe(chapter.replace(/[^\x00-\x7f]/g, ''));
  });

  it('is idempotent', () => {
    expect(normaliseMdx(normaliseMdx(chapter))).toBe(normaliseMdx(chapter));
  });
});
