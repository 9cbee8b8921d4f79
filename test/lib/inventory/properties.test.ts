import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReorder, type ReorderInput } from '../../../src/lib/inventory.ts';
import { InputError } from '../../../src/lib/input-error.ts';
import { assertMonotone, assertNeverNegative } from '../../support/properties.ts';

const quantity = (max: number) => fc.double({ min: 0, max, noNaN: true });
// Costs are money: whole cents above 0.
const cost = fc.integer({ min: 1, max: 1e7 }).map((cents) => cents / 100);
const serviceLevel = fc.double({ min: 0.5, max: 1, maxExcluded: true, noNaN: true });

const inputs: fc.Arbitrary<ReorderInput> = fc.record({
  avgDailyDemand: quantity(1e4),
  demandStdDev: quantity(1e3),
  leadTimeDays: quantity(365),
  leadTimeStdDev: quantity(60),
  serviceLevel,
  orderCost: cost,
  holdingCostPerUnitYear: cost,
  onHand: quantity(1e6),
  onOrder: quantity(1e6),
  backorders: quantity(1e4),
});

const reorderPoint = (input: ReorderInput) => computeReorder(input).reorderPoint;

describe('reorder point is monotone', () => {
  it('never falls when daily demand rises', () => {
    assertMonotone(quantity(1e4), (avgDailyDemand, input) => reorderPoint({ ...input, avgDailyDemand }), inputs);
  });

  it('never falls when the lead time grows', () => {
    assertMonotone(quantity(365), (leadTimeDays, input) => reorderPoint({ ...input, leadTimeDays }), inputs);
  });

  it('never falls when the service level rises', () => {
    assertMonotone(serviceLevel, (level, input) => reorderPoint({ ...input, serviceLevel: level }), inputs);
  });

  it('never falls when demand or lead time become more variable', () => {
    assertMonotone(quantity(1e3), (demandStdDev, input) => reorderPoint({ ...input, demandStdDev }), inputs);
    assertMonotone(quantity(60), (leadTimeStdDev, input) => reorderPoint({ ...input, leadTimeStdDev }), inputs);
  });
});

describe('the order', () => {
  it('never orders when the position is above the reorder point', () => {
    // Positions a billionth or less above count as at the point (binary noise); draw clearly higher ones.
    const aboveRop = fc.tuple(inputs, fc.double({ min: 1e-6, max: 1e5, noNaN: true })).map(([input, excess]) => {
      const rop = computeReorder(input).reorderPoint;
      return { ...input, onHand: rop * (1 + 1e-6) + excess, onOrder: 0, backorders: 0 };
    });
    fc.assert(
      fc.property(aboveRop, (input) => {
        const r = computeReorder(input);
        expect(r.shouldReorder).toBe(false);
        expect(r.orderQuantity).toBe(0);
      }),
    );
  });

  it('always orders below the reorder point, enough to reach the max level with less than one unit over', () => {
    // Strictly below (「低于」); positions within the noise guard of the point count as at it.
    const belowRop = inputs.chain((input) => {
      const rop = computeReorder(input).reorderPoint;
      return fc.double({ min: -1e4, max: rop - 1e-5, noNaN: true }).map((position) => ({ ...input, onHand: Math.max(0, position), onOrder: 0, backorders: Math.max(0, -position) }));
    });
    fc.assert(
      fc.property(belowRop, (input) => {
        const r = computeReorder(input);
        expect(r.shouldReorder).toBe(true);
        expect(Number.isInteger(r.orderQuantity)).toBe(true);
        const gap = r.maxLevel - r.inventoryPosition;
        expect(r.orderQuantity).toBeGreaterThanOrEqual(gap - 1e-6);
        expect(r.orderQuantity).toBeLessThan(gap + 1);
      }),
    );
  });

  it('never a negative safety stock, reorder point, EOQ, max level or order', () => {
    assertNeverNegative(inputs, (input) => computeReorder(input).safetyStock);
    assertNeverNegative(inputs, (input) => computeReorder(input).reorderPoint);
    assertNeverNegative(inputs, (input) => computeReorder(input).eoq);
    assertNeverNegative(inputs, (input) => computeReorder(input).maxLevel);
    assertNeverNegative(inputs, (input) => computeReorder(input).orderQuantity);
  });
});

describe('at the edges', () => {
  // Any magnitude a person might type, from zero to far beyond the bounds.
  const wild = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e300, noNaN: true }), fc.integer({ min: 0, max: 1000 }));
  const wildInputs = fc.record({
    avgDailyDemand: wild,
    demandStdDev: wild,
    leadTimeDays: wild,
    leadTimeStdDev: wild,
    serviceLevel,
    orderCost: fc.oneof(cost, wild),
    holdingCostPerUnitYear: fc.oneof(cost, wild),
    onHand: wild,
    onOrder: wild,
    backorders: wild,
  });

  it('an alert always comes with a quantity above 0', () => {
    fc.assert(
      fc.property(fc.oneof(inputs, wildInputs), (input) => {
        try {
          const r = computeReorder(input);
          if (r.shouldReorder) expect(r.orderQuantity).toBeGreaterThan(0);
          else expect(r.orderQuantity).toBe(0);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });

  it('every shown figure is finite: whatever is typed, a result or an InputError, never ∞ or NaN', () => {
    fc.assert(
      fc.property(wildInputs, (input) => {
        try {
          const r = computeReorder(input);
          for (const value of Object.values(r)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});
