import { describe, expect, it } from 'vitest';
import { computeReorder, computeTurnover, inverseNormalCdf, type ReorderInput } from '../../../src/lib/inventory.ts';
import { readReorderField as readWith, readReorderInput as readInputWith, type ReorderTexts } from '../../../src/lib/inventory/read-input.ts';
import type { ReorderFieldKey } from '../../../src/lib/inventory/fields.ts';
import { inventory10 } from '../../fixtures/rules/index.ts';

const readReorderField = (key: ReorderFieldKey, text: string) => readWith(key, text, inventory10);
const readReorderInput = (texts: Partial<ReorderTexts>) => readInputWith(texts, inventory10);
import { hasChinese, inputErrorOf } from '../../support/input-error.ts';


describe('inverseNormalCdf', () => {
  // Reference quantiles computed with mpmath at 60 digits for the exact double p.
  it.each([
    [0.5, 0],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.99, 2.3263478740408408],
    [0.8413447460685429, 1],
    [0.3, -0.5244005127080408],
    [0.02425, -1.9729610513118849],
    [0.999, 3.090232306167813],
    [1e-10, -6.361340902404056],
    [0.9999999999, 6.361340889697422],
    [1e-20, -9.262340089798408],
    [1e-300, -37.0470962993612],
  ])('Φ⁻¹(%s) = %s to 1e-9', (p, z) => {
    expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-9);
  });

  it('is symmetric about one half', () => {
    for (const p of [0.6, 0.8, 0.9, 0.99, 1e-5]) expect(inverseNormalCdf(1 - p)).toBeCloseTo(-inverseNormalCdf(p), 9);
  });

  it('gives ∓∞ at 0 and 1 and refuses anything outside [0, 1]', () => {
    expect(inverseNormalCdf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormalCdf(1)).toBe(Number.POSITIVE_INFINITY);
    for (const p of [-0.1, 1.1, Number.NaN]) expect(() => inverseNormalCdf(p)).toThrow(RangeError);
  });
});

const z95 = 1.6448536269514722;

/**
 * Hand-worked case: d = 8/day, σd = 4, L = 9 days, σL = 2 days.
 * σ over the lead time = √(9·4² + 8²·2²) = √(144 + 256) = 20; without σL it is √144 = 12.
 * D = 8 × 365 = 2920; EOQ = √(2·2920·73 / 5) = √85264 = 292.
 */
const base: ReorderInput = {
  avgDailyDemand: 8,
  demandStdDev: 4,
  leadTimeDays: 9,
  leadTimeStdDev: 2,
  serviceLevel: 0.95,
  orderCost: 73,
  holdingCostPerUnitYear: 5,
  onHand: 50,
  onOrder: 40,
  backorders: 10,
};

describe('computeReorder: safety stock and reorder point', () => {
  it('with lead-time variability: SS = z·√(L·σd² + d²·σL²)', () => {
    const r = computeReorder(base);
    expect(r.z).toBeCloseTo(z95, 12);
    expect(r.leadTimeDemand).toBe(72);
    expect(r.leadTimeDemandStdDev).toBeCloseTo(20, 12);
    expect(r.safetyStock).toBeCloseTo(20 * z95, 9); // 32.897…
    expect(r.reorderPoint).toBeCloseTo(72 + 20 * z95, 9); // 104.897…
  });

  it('without lead-time variability (σL omitted = 0): SS = z·σd·√L', () => {
    const { leadTimeStdDev: _omitted, ...fixedLeadTime } = base;
    const r = computeReorder(fixedLeadTime);
    expect(r.leadTimeDemandStdDev).toBeCloseTo(12, 12);
    expect(r.safetyStock).toBeCloseTo(12 * z95, 9); // 19.738…
    expect(r.reorderPoint).toBeCloseTo(72 + 12 * z95, 9);
    expect(computeReorder({ ...base, leadTimeStdDev: 0 }).reorderPoint).toBe(r.reorderPoint);
  });

  it('at one standard deviation of service (Φ(1)) the safety stock is exactly σ', () => {
    expect(computeReorder({ ...base, serviceLevel: 0.8413447460685429 }).safetyStock).toBeCloseTo(20, 9);
  });

  it('at 97.5 % and 99 % uses the matching z', () => {
    expect(computeReorder({ ...base, serviceLevel: 0.975 }).safetyStock).toBeCloseTo(20 * 1.959963984540054, 8);
    expect(computeReorder({ ...base, serviceLevel: 0.99 }).safetyStock).toBeCloseTo(20 * 2.3263478740408408, 8);
  });
});

describe('computeReorder: EOQ and order-up-to level', () => {
  it('annual demand defaults to d × 365', () => {
    const r = computeReorder(base);
    expect(r.annualDemand).toBe(2920);
    expect(r.eoq).toBeCloseTo(292, 9);
    expect(r.maxLevel).toBeCloseTo(72 + 20 * z95 + 292, 9);
  });

  it('a given annual demand wins over d × 365', () => {
    // √(2·2500·8 / 1) = √40000 = 200
    const r = computeReorder({ ...base, annualDemand: 2500, orderCost: 8, holdingCostPerUnitYear: 1 });
    expect(r.annualDemand).toBe(2500);
    expect(r.eoq).toBeCloseTo(200, 9);
  });

  it('no demand at all means no economic order', () => {
    expect(computeReorder({ ...base, avgDailyDemand: 0, leadTimeStdDev: 0 }).eoq).toBe(0);
  });
});

describe('computeReorder: position and the order', () => {
  it('position = on hand + on order − backorders', () => {
    expect(computeReorder(base).inventoryPosition).toBe(80);
    expect(computeReorder({ ...base, onOrder: undefined, backorders: undefined }).inventoryPosition).toBe(50);
    expect(computeReorder({ ...base, onHand: 0, onOrder: 0, backorders: 30 }).inventoryPosition).toBe(-30);
  });

  it('orders up to the max level, rounded up to a whole unit', () => {
    // max 396.897… − position 80 = 316.897… → 317 (never 316: the order must reach the level)
    const r = computeReorder(base);
    expect(r.shouldReorder).toBe(true);
    expect(r.orderQuantity).toBe(317);
    const fixed = computeReorder({ ...base, leadTimeStdDev: 0 });
    expect(fixed.orderQuantity).toBe(304); // 72 + 19.738… + 292 − 80 = 303.738… → 304
  });

  it('covers backorders: with 30 owed and nothing in stock the order includes them', () => {
    // max = 72 + 0 + 292 = 364 at a 50 % service level; position −30 → 394
    const r = computeReorder({ ...base, serviceLevel: 0.5, onHand: 0, onOrder: 0, backorders: 30 });
    expect(r.orderQuantity).toBe(394);
  });

  it('reorders strictly below the reorder point (「低于」), not at it', () => {
    // 50 % service: z = 0, ROP = d·L = 72, max = 364
    const at = computeReorder({ ...base, serviceLevel: 0.5, onHand: 72, onOrder: 0, backorders: 0 });
    expect(at.safetyStock).toBe(0);
    expect(at.reorderPoint).toBe(72);
    expect(at.shouldReorder).toBe(false);
    expect(at.orderQuantity).toBe(0);
    const below = computeReorder({ ...base, serviceLevel: 0.5, onHand: 71, onOrder: 0, backorders: 0 });
    expect(below.shouldReorder).toBe(true);
    expect(below.orderQuantity).toBe(293); // exact: 364 − 71, not rounded up to 294
    const above = computeReorder({ ...base, serviceLevel: 0.5, onHand: 72.5, onOrder: 0, backorders: 0 });
    expect(above.shouldReorder).toBe(false);
    expect(above.orderQuantity).toBe(0);
    expect(computeReorder({ ...base, serviceLevel: 0.5, onHand: 64.3, onOrder: 0, backorders: 0 }).orderQuantity).toBe(300);
  });

  it('binary noise does not add a unit or raise an alert', () => {
    // d·L = 0.1 × 3 = 0.30000000000000004 in floating point; the position 0.3 is at the reorder point, not below
    const at = computeReorder({
      avgDailyDemand: 0.1, demandStdDev: 0, leadTimeDays: 3, serviceLevel: 0.5,
      orderCost: 1, holdingCostPerUnitYear: 1, annualDemand: 2, onHand: 0.3,
    });
    expect(at.shouldReorder).toBe(false);
    // ROP 0.4 × 6 = 2.4000000000000004, EOQ √0.36 = 0.6: max 3.0000000000000004 is 3 units, not 4
    const noisy = computeReorder({
      avgDailyDemand: 0.4, demandStdDev: 0, leadTimeDays: 6, serviceLevel: 0.5,
      orderCost: 1, holdingCostPerUnitYear: 1, annualDemand: 0.18, onHand: 0,
    });
    expect(noisy.maxLevel).toBeGreaterThan(3);
    expect(noisy.orderQuantity).toBe(3);
  });

  it('guards against noise in absolute units, so a real fraction of a unit is ordered at any scale', () => {
    // Nothing planned (ROP = max = 0) and 1,000,000,000.3 units owed: a relative guard ordered 1,000,000,000.
    const r = computeReorder({
      avgDailyDemand: 0, demandStdDev: 0, leadTimeDays: 0, serviceLevel: 0.5,
      orderCost: 1, holdingCostPerUnitYear: 1, onHand: 0, backorders: 1_000_000_000.3,
    });
    expect(r.shouldReorder).toBe(true);
    expect(r.orderQuantity).toBe(1_000_000_001);
  });

  it('zero demand and zero stock raise no alert: nothing is below a reorder point of 0', () => {
    const r = computeReorder({
      avgDailyDemand: 0, demandStdDev: 0, leadTimeDays: 10, serviceLevel: 0.95,
      orderCost: 300, holdingCostPerUnitYear: 15, onHand: 0,
    });
    expect(r.reorderPoint).toBe(0);
    expect(r.shouldReorder).toBe(false);
    expect(r.orderQuantity).toBe(0);
  });

  it.each([
    ['demandStdDev', 1e160, 0.95],
    ['demandStdDev', 1e160, 0.5],
    ['avgDailyDemand', 1e13, 0.95],
    ['leadTimeDays', 1e6, 0.95],
    ['orderCost', 1e10, 0.95],
    ['orderCost', 300.004, 0.95],
  ] as const)('refuses %s = %s (at %s service) instead of showing ∞, NaN or a wrong 0', (field, value, serviceLevel) => {
    const error = inputErrorOf(() => computeReorder({ ...base, serviceLevel, [field]: value }));
    expect(error.field).toBe(field);
    expect(hasChinese(error.message)).toBe(true);
  });
});

describe('computeReorder: input it refuses', () => {
  it('accepts a service level of exactly 50 %', () => {
    expect(computeReorder({ ...base, serviceLevel: 0.5 }).z).toBe(0);
  });

  it.each([1, 0.4999, 0, 1.5, -0.95])('refuses the service level %s', (serviceLevel) => {
    const error = inputErrorOf(() => computeReorder({ ...base, serviceLevel }));
    expect(error.field).toBe('serviceLevel');
    expect(error.message).toContain('50%');
    expect(error.message).toContain('100%');
  });

  it.each([
    ['avgDailyDemand', -1],
    ['demandStdDev', -0.1],
    ['leadTimeDays', -2],
    ['leadTimeStdDev', -1],
    ['annualDemand', -100],
    ['onHand', -5],
    ['onOrder', -1],
    ['backorders', -1],
    ['orderCost', 0],
    ['holdingCostPerUnitYear', 0],
    ['holdingCostPerUnitYear', -3],
    ['avgDailyDemand', Number.POSITIVE_INFINITY],
    ['onHand', Number.NaN],
    ['serviceLevel', Number.NaN],
  ] as const)('refuses %s = %s with a Chinese message naming the field', (field, value) => {
    const error = inputErrorOf(() => computeReorder({ ...base, [field]: value }));
    expect(error.field).toBe(field);
    expect(hasChinese(error.message)).toBe(true);
  });
});

describe('readReorderField: numbers as typed in the form or a CSV cell', () => {
  it('takes the service level in percent, with or without a % sign', () => {
    expect(readReorderField('serviceLevel', '95')).toBe(0.95);
    expect(readReorderField('serviceLevel', '97.5%')).toBe(0.975);
    expect(readReorderField('serviceLevel', '９５％')).toBe(0.95);
    expect(readReorderField('serviceLevel', '50')).toBe(0.5);
  });

  it('explains a service level typed as a fraction instead of guessing', () => {
    const error = inputErrorOf(() => readReorderField('serviceLevel', '0.95'));
    expect(error.message).toContain('95');
    expect(inputErrorOf(() => readReorderField('serviceLevel', '100')).field).toBe('serviceLevel');
  });

  it('reads full-width digits, thousands separators and 元', () => {
    expect(readReorderField('orderCost', '1,200元')).toBe(1200);
    expect(readReorderField('avgDailyDemand', '１２．５')).toBe(12.5);
  });

  it('leaves blank optional fields to their defaults and refuses blank required ones', () => {
    expect(readReorderField('leadTimeStdDev', '  ')).toBeUndefined();
    expect(readReorderField('annualDemand', '')).toBeUndefined();
    expect(inputErrorOf(() => readReorderField('onHand', '')).message).toContain('現有庫存');
  });

  it.each([
    ['avgDailyDemand', '-3', '不可為負數'],
    ['holdingCostPerUnitYear', '0', '大於 0'],
    ['onHand', 'abc', '不是有效的數字'],
    ['onHand', '1.2.3', '不是有效的數字'],
  ] as const)('refuses %s = %j', (key, text, message) => {
    const error = inputErrorOf(() => readReorderField(key, text));
    expect(error.field).toBe(key);
    expect(error.message).toContain(message);
  });

  it('reads a whole form, or names every field it cannot read', () => {
    const ok = readReorderInput({
      avgDailyDemand: '8', demandStdDev: '4', leadTimeDays: '9', leadTimeStdDev: '2', serviceLevel: '95',
      orderCost: '73', holdingCostPerUnitYear: '5', annualDemand: '', onHand: '50', onOrder: '40', backorders: '10',
    });
    expect(ok.input).toEqual(base);
    const bad = readReorderInput({ avgDailyDemand: '-8', serviceLevel: '100', onHand: 'x' });
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(
      ['avgDailyDemand', 'demandStdDev', 'holdingCostPerUnitYear', 'leadTimeDays', 'onHand', 'orderCost', 'serviceLevel'].sort(),
    );
  });
});

describe('computeTurnover: 存貨周轉次數 = 銷售成本 ÷ 平均存貨', () => {
  it('over a year: 1,200,000 ÷ ((250,000 + 350,000) ÷ 2) = 4 turns, 365 ÷ 4 = 91.25 days', () => {
    expect(computeTurnover({ costOfGoodsSold: 1_200_000, openingInventory: 250_000, closingInventory: 350_000 })).toEqual({
      averageInventory: 300_000,
      turnover: 4,
      daysOfSupply: 91.25,
    });
  });

  it('over a 30-day month: 90,000 ÷ 45,000 = 2 turns, 15 days', () => {
    const r = computeTurnover({ costOfGoodsSold: 90_000, openingInventory: 40_000, closingInventory: 50_000, periodDays: 30 });
    expect(r.turnover).toBe(2);
    expect(r.daysOfSupply).toBe(15);
  });

  it('nothing sold: zero turns and no finite days of supply', () => {
    expect(computeTurnover({ costOfGoodsSold: 0, openingInventory: 10, closingInventory: 10 })).toMatchObject({ turnover: 0, daysOfSupply: null });
  });

  it('refuses an average inventory of zero and negative amounts', () => {
    expect(hasChinese(inputErrorOf(() => computeTurnover({ costOfGoodsSold: 5, openingInventory: 0, closingInventory: 0 })).message)).toBe(true);
    expect(inputErrorOf(() => computeTurnover({ costOfGoodsSold: -1, openingInventory: 1, closingInventory: 1 })).field).toBe('costOfGoodsSold');
    expect(inputErrorOf(() => computeTurnover({ costOfGoodsSold: 1, openingInventory: -1, closingInventory: 1 })).field).toBe('openingInventory');
    expect(inputErrorOf(() => computeTurnover({ costOfGoodsSold: 1, openingInventory: 1, closingInventory: 1, periodDays: 0 })).field).toBe('periodDays');
  });
});
