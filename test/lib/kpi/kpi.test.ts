import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bonusPayout, evaluateYear, gradeFor, weightedScore, type ScorecardItem } from '../../../src/lib/kpi.ts';
import { kpiRules } from '../../../src/lib/kpi/first-edition.ts';
import type { KpiRules } from '../../../src/lib/kpi/rules.ts';
import { assertMonotone, assertNeverNegative } from '../../support/properties.ts';
import { hasChinese, inputErrorOf } from '../../support/input-error.ts';
import { InputError } from '../../../src/lib/input-error.ts';


describe('gradeFor: 績效考核制度第3條 bands', () => {
  // Clause 3: 優秀 90分及以上 1.5; 良好 80-89分 1.2; 合格 60-79分 1; 不合格 60分以下 0.5. Half-open bands.
  it.each([
    [0, '不合格', 0.5],
    [59.99, '不合格', 0.5],
    [60, '合格', 1],
    [79.99, '合格', 1],
    [80, '良好', 1.2],
    [89.99, '良好', 1.2],
    [90, '優秀', 1.5],
    [100, '優秀', 1.5],
    [120, '優秀', 1.5],
  ] as const)('score %s is %s with coefficient %s', (score, grade, coefficient) => {
    expect(gradeFor(score)).toMatchObject({ grade, coefficient });
  });

  it('cites the clause 3 item of the band', () => {
    expect(gradeFor(95).clause).toMatchObject({ regulation: 'commercial-operations', id: 'c4-2-3-i1' });
    expect(gradeFor(85).clause.id).toBe('c4-2-3-i2');
    expect(gradeFor(65).clause.id).toBe('c4-2-3-i3');
    expect(gradeFor(5).clause.id).toBe('c4-2-3-i4');
  });

  it.each([-0.01, -50, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses the impossible score %s', (score) => {
    const error = inputErrorOf(() => gradeFor(score));
    expect(error.field).toBe('score');
    expect(hasChinese(error.message)).toBe(true);
  });

  it('reads its bands from the rules it is given', () => {
    const stricter: KpiRules = {
      ...kpiRules,
      bands: kpiRules.bands.map((b) => (b.grade === '優秀' ? { ...b, minScore: 95 } : b)),
    };
    expect(gradeFor(92, stricter).grade).toBe('良好');
    expect(gradeFor(92).grade).toBe('優秀');
  });
});

describe('bonusPayout: 基數 × 發放係數', () => {
  it.each([
    [2000, 95, 3000], // 2000 × 1.5
    [2000, 85, 2400], // 2000 × 1.2
    [2000, 70, 2000], // 2000 × 1
    [2000, 50, 1000], // 2000 × 0.5
    [1234.57, 89.99, 1481.48], // 1481.484 → 1481.48
    [0.05, 90, 0.08], // 0.075 rounds half-up
    [1000.01, 59.99, 500.01], // 500.005 rounds half-up
    [0, 100, 0],
  ])('base %s at score %s pays %s', (base, score, payout) => {
    expect(bonusPayout(base, score)).toBe(payout);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the base %s', (base) => {
    const error = inputErrorOf(() => bonusPayout(base, 80));
    expect(error.field).toBe('baseBonus');
    expect(hasChinese(error.message)).toBe(true);
  });

  it('refuses an impossible score', () => {
    expect(inputErrorOf(() => bonusPayout(1000, -1)).field).toBe('score');
  });

  // Money is whole cents (績效獎金基數 1000.004 is refused), so bases are drawn in cents.
  const bases = fc.integer({ min: 0, max: 1e9 }).map((cents) => cents / 100);
  const scores = fc.double({ min: 0, max: 150, noNaN: true });

  it('payout is monotone in the score', () => {
    assertMonotone(scores, (score, base) => bonusPayout(base, score), bases);
  });

  it('payout is monotone in the base', () => {
    assertMonotone(bases, (base, score) => bonusPayout(base, score), scores);
  });

  it('never a negative amount', () => {
    assertNeverNegative(fc.tuple(bases, scores), ([base, score]) => bonusPayout(base, score));
  });

  it('pays between half and one and a half times the base', () => {
    fc.assert(
      fc.property(bases, scores, (base, score) => {
        const payout = bonusPayout(base, score);
        expect(payout).toBeGreaterThanOrEqual(Math.floor(base * 50) / 100);
        expect(payout).toBeLessThanOrEqual(Math.ceil(base * 150) / 100);
      }),
    );
  });

  it('every payout shown is finite: any base either pays a finite amount or is refused with an InputError', () => {
    fc.assert(
      fc.property(fc.oneof(bases, fc.double()), scores, (base, score) => {
        try {
          expect(Number.isFinite(bonusPayout(base, score))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});

describe('evaluateYear: the annual view', () => {
  it('averages the months and grades the average', () => {
    // (95 + 85 + 70 + 50) / 4 = 75 → 合格
    const year = evaluateYear([95, 85, 70, 50]);
    expect(year.average).toBe(75);
    expect(year).toMatchObject({ grade: '合格', coefficient: 1 });
    expect(year.months.map((m) => m.grade)).toEqual(['優秀', '良好', '合格', '不合格']);
  });

  it('grades an average just under a band edge in the lower band', () => {
    // (89.99 + 90) / 2 = 89.995 → still 良好
    const year = evaluateYear([89.99, 90]);
    expect(year.average).toBeCloseTo(89.995, 9);
    expect(year.grade).toBe('良好');
  });

  it('grades an average that lands on an edge despite float noise in that band', () => {
    // 87.1 × 3 + 98.7 = 360 → 90 → 優秀 (summed naively in floating point it is 89.99999999999999)
    expect(evaluateYear([87.1, 87.1, 87.1, 98.7])).toMatchObject({ average: 90, grade: '優秀' });
    // (59.9 + 60.1) / 2 = 60 → 合格
    expect(evaluateYear([59.9, 60.1]).grade).toBe('合格');
  });

  it('takes a single month and a full year', () => {
    expect(evaluateYear([90])).toMatchObject({ average: 90, grade: '優秀', failStreakMax: 0, consecutiveFailAlert: false });
    const full = evaluateYear([60, 70, 80, 90, 100, 60, 70, 80, 90, 100, 60, 70]);
    // 930 / 12 = 77.5 → 合格
    expect(full).toMatchObject({ average: 77.5, grade: '合格' });
  });

  it('refuses zero months and more than twelve', () => {
    const none = inputErrorOf(() => evaluateYear([]));
    expect(none.field).toBe('monthlyScores');
    expect(hasChinese(none.message)).toBe(true);
    const thirteen = inputErrorOf(() => evaluateYear(Array(13).fill(80)));
    expect(thirteen.field).toBe('monthlyScores');
    expect(thirteen.message).toContain('12');
  });

  it('names the month that cannot be read', () => {
    const error = inputErrorOf(() => evaluateYear([80, Number.NaN, 70]));
    expect(error.field).toBe('monthlyScores[1]');
    expect(error.message).toContain('第 2 個月');
    expect(inputErrorOf(() => evaluateYear([80, 70, -5])).field).toBe('monthlyScores[2]');
  });

  it('alerts after two consecutive 不合格 months', () => {
    const year = evaluateYear([80, 50, 59.99, 70]);
    expect(year).toMatchObject({ failStreakMax: 2, consecutiveFailAlert: true, alertMonths: [2, 3] });
  });

  it('does not alert for 不合格 months that are not consecutive', () => {
    const year = evaluateYear([50, 70, 55, 60, 40]);
    expect(year).toMatchObject({ failStreakMax: 1, consecutiveFailAlert: false, alertMonths: [] });
  });

  it('does not count 60 as 不合格 in a streak', () => {
    expect(evaluateYear([59.99, 60, 59]).consecutiveFailAlert).toBe(false);
  });

  it('reports the longest run and every month in an alerting run', () => {
    const year = evaluateYear([90, 50, 40, 30, 90, 20, 90, 10, 5, 90, 90, 90]);
    expect(year.failStreakMax).toBe(3);
    expect(year.alertMonths).toEqual([2, 3, 4, 8, 9]);
  });

  it('alerts exactly when two adjacent months are both under 60', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { minLength: 1, maxLength: 12 }), (scores) => {
        const adjacentFails = scores.some((s, i) => i > 0 && s < 60 && scores[i - 1]! < 60);
        expect(evaluateYear(scores).consecutiveFailAlert).toBe(adjacentFails);
      }),
    );
  });
});

describe('weightedScore: the KPI scorecard', () => {
  const presets: ScorecardItem[] = [
    { name: '市場占有率', weight: 30, target: 20, actual: 18, direction: 'higher' }, // 0.9 → 27
    { name: '銷售增長率', weight: 30, target: 10, actual: 12, direction: 'higher' }, // 1.2 → cap 1 → 30
    { name: '客戶滿意度', weight: 20, target: 90, actual: 81, direction: 'higher' }, // 0.9 → 18
    { name: '庫存周轉率', weight: 20, target: 6, actual: 4.5, direction: 'higher' }, // 0.75 → 15
  ];

  it('sums weight × achievement, capped at 100 % by default', () => {
    const result = weightedScore(presets);
    expect(result.total).toBe(90); // 27 + 30 + 18 + 15
    expect(result.items.map((i) => i.points)).toEqual([27, 30, 18, 15]);
    expect(result.items[1]).toMatchObject({ achievement: 1.2, counted: 1 });
    expect(gradeFor(result.total).grade).toBe('優秀');
  });

  it('counts over-achievement up to a higher cap', () => {
    // 27 + 30 × 1.2 + 18 + 15 = 96
    expect(weightedScore(presets, { cap: 1.2 }).total).toBe(96);
    // the 銷售增長率 row capped at 1.1 on its own: 27 + 33 + 18 + 15 = 93
    const rowCap = presets.map((p, i) => (i === 1 ? { ...p, cap: 1.1 } : p));
    expect(weightedScore(rowCap, { cap: 1.5 }).total).toBe(93);
  });

  it('scores lower-is-better indicators as target / actual', () => {
    const complaints = (actual: number): ScorecardItem[] => [
      { name: '投訴次數', weight: 40, target: 4, actual, direction: 'lower' },
      { name: '銷售額', weight: 60, target: 100, actual: 100, direction: 'higher' },
    ];
    expect(weightedScore(complaints(5)).total).toBe(92); // 40 × 4/5 + 60
    expect(weightedScore(complaints(8)).total).toBe(80); // 40 × 0.5 + 60
    expect(weightedScore(complaints(2)).total).toBe(100); // 4/2 = 2 → cap 1
    expect(weightedScore(complaints(0)).total).toBe(100); // none at all: full marks, capped
    expect(weightedScore(complaints(0), { cap: 1.2 }).total).toBe(108); // 40 × 1.2 + 60
  });

  it('puts a total that is exactly on a band edge in that band', () => {
    // 5 × 1/18 + 95 × 17/18 = 1620/18 = 90 (naive floating point gives 89.99999999999999)
    const items: ScorecardItem[] = [
      { name: '新客戶數', weight: 5, target: 18, actual: 1, direction: 'higher' },
      { name: '回購客戶數', weight: 95, target: 18, actual: 17, direction: 'higher' },
    ];
    expect(weightedScore(items).total).toBe(90);
  });

  it('accepts weights that sum to 100 with decimals', () => {
    const thirds: ScorecardItem[] = [33.3, 33.3, 33.4].map((weight, i) => ({
      name: `指標${i + 1}`,
      weight,
      target: 10,
      actual: 10,
      direction: 'higher',
    }));
    expect(weightedScore(thirds).total).toBe(100);
  });

  it.each([
    [[30, 30, 30], '90'],
    [[50, 30, 30], '110'],
  ])('refuses weights %j that do not sum to 100', (weights, sum) => {
    const items = weights.map((weight, i): ScorecardItem => ({ name: `指標${i}`, weight, target: 1, actual: 1, direction: 'higher' }));
    const error = inputErrorOf(() => weightedScore(items));
    expect(error.field).toBe('weights');
    expect(error.message).toContain(sum);
    expect(error.message).toContain('100');
  });

  it.each([0, -5])('refuses the target %s', (target) => {
    const items = presets.map((p, i) => (i === 2 ? { ...p, target } : p));
    const error = inputErrorOf(() => weightedScore(items));
    expect(error.field).toBe('items[2].target');
    expect(hasChinese(error.message)).toBe(true);
  });

  it('refuses a blank name, a negative actual, a zero weight, NaN and a bad cap', () => {
    const withRow = (patch: Partial<ScorecardItem>) => presets.map((p, i) => (i === 0 ? { ...p, ...patch } : p));
    expect(inputErrorOf(() => weightedScore(withRow({ name: '  ' }))).field).toBe('items[0].name');
    expect(inputErrorOf(() => weightedScore(withRow({ actual: -1 }))).field).toBe('items[0].actual');
    expect(inputErrorOf(() => weightedScore(withRow({ weight: 0 }))).field).toBe('items[0].weight');
    expect(inputErrorOf(() => weightedScore(withRow({ actual: Number.NaN }))).field).toBe('items[0].actual');
    expect(inputErrorOf(() => weightedScore(withRow({ cap: 0 }))).field).toBe('items[0].cap');
    expect(inputErrorOf(() => weightedScore(presets, { cap: -1 })).field).toBe('cap');
  });

  it('refuses an empty scorecard', () => {
    expect(inputErrorOf(() => weightedScore([])).field).toBe('items');
  });

  it('stays between 0 and 100 × cap', () => {
    const item = fc.record({
      target: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
      actual: fc.double({ min: 0, max: 1e6, noNaN: true }),
      direction: fc.constantFrom('higher' as const, 'lower' as const),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 1.2, 1.5), (rows, cap) => {
        const weight = 100 / rows.length;
        const items = rows.map((r, i) => ({ ...r, name: `指標${i}`, weight }));
        const { total } = weightedScore(items, { cap });
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100 * cap + 1e-9);
      }),
    );
  });
});
