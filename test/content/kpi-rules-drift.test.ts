import { describe, expect, it } from 'vitest';
import { kpiRules, type KpiRules } from '../../src/data/rules/kpi.ts';
import { chapterSource } from '../support/clause-text.ts';
import { kpiClauseNumbersFor, readKpiClause, wholeClauseText } from '../support/kpi-clause.ts';

// HR edits the chapter; the calculator reads src/data/rules/kpi.ts. Either changing alone must fail here.
const chapter = chapterSource(kpiRules.clause);
const kpiClauseText = (source: string) => wholeClauseText(source, kpiRules.clause.id);
const expected = kpiClauseNumbersFor(kpiRules);

describe('績效考核制度第3條 and the KPI rules module agree', () => {
  it('reads the same bands, coefficients and fail streak from the chapter as the rules module holds', () => {
    expect(readKpiClause(kpiClauseText(chapter))).toEqual(expected);
  });

  it('keeps the bands in order, best first, with the coefficient rising with the score', () => {
    const scores = kpiRules.bands.map((b) => b.minScore);
    const coefficients = kpiRules.bands.map((b) => b.coefficient);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(coefficients).toEqual([...coefficients].sort((a, b) => b - a));
    expect(kpiRules.bands.at(-1)!.minScore).toBe(0);
  });

  it('cites clause 3 and its four items in order', () => {
    expect(kpiRules.clause).toMatchObject({ regulation: 'commercial-operations', id: 'c4-2-3' });
    expect(kpiRules.bands.map((b) => b.clause.id)).toEqual(['c4-2-3-i1', 'c4-2-3-i2', 'c4-2-3-i3', 'c4-2-3-i4']);
    for (const band of kpiRules.bands) expect(chapter).toContain(`<ClauseItem id="${band.clause.id}" title="${band.grade}"`);
  });
});

describe('the drift check bites', () => {
  const text = kpiClauseText(chapter);

  it.each([
    ['優秀 from', '90分及以上', '95分及以上'],
    ['優秀 coefficient', '係數為1.5', '係數為1.6'],
    ['良好 from', '80-89分', '85-89分'],
    ['良好 to', '80-89分', '80-88分'],
    ['良好 coefficient', '係數為1.2', '係數為1.25'],
    ['合格 from', '60-79分', '65-79分'],
    ['合格 to', '60-79分', '60-78分'],
    ['合格 coefficient', '係數為1。', '係數為1.1。'],
    ['不合格 below', '60分以下', '50分以下'],
    ['不合格 coefficient', '係數為0.5', '係數為0.4'],
    ['fail streak', '連續兩個月', '連續三個月'],
  ])('when the text changes the %s', (_, from, to) => {
    expect(text).toContain(from);
    const edited = text.replace(from, to);
    expect(readKpiClause(edited)).not.toEqual(expected);
  });

  it('when a number disappears from the text', () => {
    expect(() => readKpiClause(text.replace('係數為1.2', '係數另定'))).toThrow(/良好/);
    expect(() => readKpiClause(text.replace('連續兩個月', '多次'))).toThrow(/連續/);
  });

  const withBand = (grade: string, patch: Partial<KpiRules['bands'][number]>): KpiRules => ({
    ...kpiRules,
    bands: kpiRules.bands.map((b) => (b.grade === grade ? { ...b, ...patch } : b)),
  });

  it.each([
    ['優秀 minScore', withBand('優秀', { minScore: 91 })],
    ['優秀 coefficient', withBand('優秀', { coefficient: 1.6 })],
    ['良好 minScore', withBand('良好', { minScore: 81 })],
    ['良好 coefficient', withBand('良好', { coefficient: 1.1 })],
    ['合格 minScore', withBand('合格', { minScore: 65 })],
    ['合格 coefficient', withBand('合格', { coefficient: 0.9 })],
    ['不合格 coefficient', withBand('不合格', { coefficient: 0.6 })],
    ['fail streak', { ...kpiRules, failStreakAlert: 3 }],
  ])('when the rules module changes the %s', (_, rules) => {
    expect(readKpiClause(text)).not.toEqual(kpiClauseNumbersFor(rules));
  });
});

describe('reading the clause', () => {
  it('reads a plain-text rendering with full-width punctuation and 係數', () => {
    const plain = [
      '績效考核結果分為優秀、良好、合格、不合格四個等級。',
      '- 優秀：績效得分在 90 分及以上，當月績效獎金發放係數為 1.5。',
      '- 良好：績效得分在 80～89 分，當月績效獎金發放係數為 1.2。',
      '- 合格：績效得分在 60–79 分，當月績效獎金發放係數為 1。',
      '- 不合格：績效得分在 60 分以下，當月績效獎金發放係數為 0.5，連續 2 個月考核不合格的，公司有權進行崗位調整。',
    ].join('\n');
    expect(readKpiClause(plain)).toEqual(expected);
  });

  it('does not take 不合格 for 合格', () => {
    const without合格 = kpiClauseText(chapter).replace(/合格：[^\n]*\n/, '\n');
    expect(without合格).toContain('不合格：');
    expect(() => readKpiClause(without合格)).toThrow(/find 合格/);
  });
});
