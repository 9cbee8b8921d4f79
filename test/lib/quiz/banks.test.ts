import { describe, expect, it } from 'vitest';
import { regulations } from '../../../src/data/regulations.ts';
import { sectionOf } from '../../../src/lib/clause.ts';
import { readChapters } from '../../support/chapters.ts';
import { anchorsOf, loadBanks, sectionsOf } from './content.ts';

/** The question banks in content/quizzes, checked against the chapters they quiz. */
const banks = loadBanks();
/** A regulation imported as 草案 starts with a stub bank (scripts/import.ts); the full bank is due when it takes effect. */
const drafts = new Set(readChapters().filter((c) => /^[^/]+\/index\.mdx$/.test(c.path) && c.frontmatter.status === '草案').map((c) => c.frontmatter.regulation));
const inForce = regulations.filter((r) => !drafts.has(r.slug));
const all = banks.flatMap(({ bank }) => bank.questions.map((q) => ({ ...q, regulation: bank.regulation })));

describe('question banks', () => {
  it('hold at least 60 questions, one bank per regulation named after it', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(banks.map(({ bank }) => bank.regulation).sort()).toEqual(regulations.map((r) => r.slug).sort());
    for (const { file, bank } of banks) expect(file.replace(/\.(ya?ml|json)$/, '')).toBe(bank.regulation);
  });

  it('use each question id once across all banks (the mixed test and stored progress rely on it)', () => {
    const ids = all.map((q) => q.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('cite only clauses that exist in the chapter MDX', () => {
    const missing = all.filter((q) => {
      const section = sectionOf(q.source);
      return !sectionsOf(q.regulation).includes(section) || !anchorsOf(q.regulation, section).has(q.source);
    });
    expect(missing.map((q) => `${q.id} → ${q.regulation} ${q.source}`)).toEqual([]);
  });

  it.each(inForce.map((r) => [r.title, r.slug] as const))('cover every section of %s with at least two questions', (_, slug) => {
    const counts = new Map(sectionsOf(slug).map((n) => [n, 0]));
    for (const q of all.filter((q) => q.regulation === slug)) {
      const n = sectionOf(q.source);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const thin = [...counts].filter(([, count]) => count < 2).map(([n]) => `s${n}`);
    expect(thin).toEqual([]);
  });

  it.each(banks.filter(({ bank }) => !drafts.has(bank.regulation)).map(({ bank }) => [bank.regulation, bank] as const))('%s mixes single, multiple and true/false questions', (_, bank) => {
    expect(new Set(bank.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse']));
  });

  it('keep true/false answers balanced enough that always answering 正確 fails', () => {
    const trueFalse = all.filter((q) => q.type === 'truefalse');
    const alwaysTrue = trueFalse.filter((q) => q.correct[0] === 0).length;
    expect(alwaysTrue / trueFalse.length).toBeLessThan(0.8);
  });
});

/**
 * Every number the regulations set is asked about: some question citing the clause must mention the figure in
 * its prompt or correct answer. [rule, regulation, clause ids, pattern]
 */
const numericRules: Array<[string, string, string[], RegExp]> = [
  ['15 分鐘以內', 'commercial-operations', ['c4-1-2'], /15\s*分鐘/],
  ['每月累計 3 次以內不處罰', 'commercial-operations', ['c4-1-2'], /3\s*次/],
  ['超過 3 次每次扣 5 %', 'commercial-operations', ['c4-1-2'], /(?<![\d.])5\s*%/],
  ['超過 15 分鐘扣當天工資及 10 %', 'commercial-operations', ['c4-1-2'], /10\s*%/],
  ['曠工半天 2 倍及 20 %', 'commercial-operations', ['c4-1-3'], /2\s*倍.*20\s*%/],
  ['曠工一天 3 倍及 50 %', 'commercial-operations', ['c4-1-3'], /3\s*倍.*50\s*%/],
  ['連續超過 3 天或累計超過 5 天', 'commercial-operations', ['c4-1-3'], /3\s*天.*5\s*天/],
  ['優秀 90 分', 'commercial-operations', ['c4-2-3-i1'], /90\s*分/],
  ['優秀係數 1.5', 'commercial-operations', ['c4-2-3-i1'], /1\.5/],
  ['良好 80 分', 'commercial-operations', ['c4-2-3-i2'], /80/],
  ['良好係數 1.2', 'commercial-operations', ['c4-2-3-i2'], /1\.2/],
  ['合格 60 分', 'commercial-operations', ['c4-2-3-i3', 'c4-2-3-i4'], /60/],
  ['合格係數 1', 'commercial-operations', ['c4-2-3-i3'], /係數\s*1(?![.\d])/],
  ['不合格係數 0.5', 'commercial-operations', ['c4-2-3-i4'], /0\.5/],
  ['連續兩個月不合格', 'commercial-operations', ['c4-2-3-i4'], /連續兩個月/],
  ['年度運營計劃審批流程', 'operations-management', ['c3-1-1'], /草案.*匯總審核.*運營管理委員會審議.*修改完善.*董事會批准/],
  ['年度預算審批流程', 'operations-management', ['c3-2-1'], /預算草案.*匯總審核.*運營管理委員會審議.*修改完善.*董事會批准/],
];

describe('coverage of the numeric rules', () => {
  it.each(numericRules)('a question asks about %s', (_, regulation, clauses, pattern) => {
    const asking = all.filter((q) => q.regulation === regulation && clauses.includes(q.source));
    const texts = asking.map((q) => [q.prompt, ...q.correct.map((i) => q.options[i])].join(' '));
    expect(texts.some((text) => pattern.test(text)), `none of ${asking.map((q) => q.id).join(', ') || '(no question)'}`).toBe(true);
  });
});
