import { describe, expect, it } from 'vitest';
import { evaluateReorderForm } from '../../../src/lib/inventory/form.ts';
import type { ReorderTexts } from '../../../src/lib/inventory/read-input.ts';
import { inventory10 } from '../../fixtures/rules/index.ts';

const typed: ReorderTexts = {
  avgDailyDemand: '２０',
  demandStdDev: '6',
  leadTimeDays: '10',
  leadTimeStdDev: '',
  serviceLevel: '95%',
  orderCost: '300元',
  holdingCostPerUnitYear: '15',
  annualDemand: '',
  onHand: '1,000',
  onOrder: '',
  backorders: '',
};

describe('the single-item reorder form', () => {
  it('reads what people type and computes from it', () => {
    const outcome = evaluateReorderForm(typed, inventory10);
    expect(outcome.errors).toEqual({});
    expect(outcome.input).toMatchObject({ avgDailyDemand: 20, serviceLevel: 0.95, orderCost: 300, onHand: 1000 });
    expect(outcome.result?.reorderPoint).toBeGreaterThan(200);
    expect(outcome.result?.shouldReorder).toBe(false);
  });

  it('gives a Chinese message for each field it cannot read, and no result', () => {
    const outcome = evaluateReorderForm({ ...typed, demandStdDev: '-1', serviceLevel: '100', onHand: '' }, inventory10);
    expect(outcome.result).toBeUndefined();
    expect(Object.keys(outcome.errors).sort()).toEqual(['demandStdDev', 'onHand', 'serviceLevel']);
    for (const message of Object.values(outcome.errors)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('applies the rules it is given: a narrower service-level range refuses what 1.0 accepts', () => {
    expect(evaluateReorderForm(typed, { ...inventory10, serviceLevelMaxExclusive: 0.9 }).errors.serviceLevel).toMatch(/服務水準/);
  });
});
