import { InputError } from '../input-error.ts';
import { checkReorderFieldWith, reorderFields, type InventoryRules } from './fields.ts';
import { inverseNormalCdf } from './inverse-normal-cdf.ts';

export interface ReorderInput {
  /** d: average demand per day. */
  avgDailyDemand: number;
  /** σd: standard deviation of daily demand. */
  demandStdDev: number;
  /** L: lead time in days. */
  leadTimeDays: number;
  /** σL: standard deviation of the lead time in days; default 0. */
  leadTimeStdDev?: number;
  /** Probability of no stock-out during a lead time, 0.5 ≤ p < 1 (a fraction, not percent). */
  serviceLevel: number;
  /** S: cost of placing one order. */
  orderCost: number;
  /** H: cost of holding one unit for a year. */
  holdingCostPerUnitYear: number;
  /** D: default avgDailyDemand × 365. */
  annualDemand?: number;
  onHand: number;
  onOrder?: number;
  backorders?: number;
}

export interface ReorderResult {
  z: number;
  /** d·L, the stock expected to be used while an order is on its way. */
  leadTimeDemand: number;
  /** √(L·σd² + d²·σL²), the standard deviation of demand over the lead time. */
  leadTimeDemandStdDev: number;
  safetyStock: number;
  reorderPoint: number;
  /** D actually used (given or d × 365). */
  annualDemand: number;
  eoq: number;
  /** 最大庫存水平 (order-up-to level) = reorderPoint + eoq. */
  maxLevel: number;
  /** onHand + onOrder − backorders. */
  inventoryPosition: number;
  shouldReorder: boolean;
  /** Whole units to order now (rounded up), 0 when not reordering. */
  orderQuantity: number;
}

/**
 * Binary noise must not decide an order: 0.1 × 3 is 0.30000000000000004, and ⌈2.0000000000000004⌉ would order a
 * unit nobody asked for. The guard is absolute (a millionth of a unit, far below any stock count): a relative one
 * grows with the figures and at 10^9 units swallowed real fractions (1,000,000,000.3 → 1,000,000,000).
 */
export const unitGuard = 1e-6;

function ceilUnits(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= unitGuard ? nearest : Math.ceil(value);
}

/** Safety stock, reorder point, EOQ and order-up-to level for one item under `rules`, as SPEC "Inventory reorder". */
export function computeReorderWith(input: ReorderInput, rules: InventoryRules): ReorderResult {
  const values = {
    ...input,
    leadTimeStdDev: input.leadTimeStdDev ?? 0,
    annualDemand: input.annualDemand ?? input.avgDailyDemand * rules.daysPerYear,
    onOrder: input.onOrder ?? 0,
    backorders: input.backorders ?? 0,
  };
  for (const field of reorderFields) checkReorderFieldWith(field.key, values[field.key], rules);

  const { avgDailyDemand: d, demandStdDev: sd, leadTimeDays: L, leadTimeStdDev: sL } = values;
  const z = inverseNormalCdf(values.serviceLevel);
  const leadTimeDemand = d * L;
  const leadTimeDemandStdDev = Math.sqrt(L * sd * sd + d * d * sL * sL);
  const safetyStock = z * leadTimeDemandStdDev;
  const reorderPoint = leadTimeDemand + safetyStock;
  const eoq = Math.sqrt((2 * values.annualDemand * values.orderCost) / values.holdingCostPerUnitYear);
  const maxLevel = reorderPoint + eoq;
  const inventoryPosition = values.onHand + values.onOrder - values.backorders;
  // 「當庫存低于補貨點時」: strictly below, and an alert always comes with something to order.
  const below = inventoryPosition < reorderPoint - unitGuard;
  const quantity = below ? Math.max(0, ceilUnits(maxLevel - inventoryPosition)) : 0;
  const shouldReorder = quantity > 0;
  const orderQuantity = shouldReorder ? quantity : 0;

  const result = {
    z,
    leadTimeDemand,
    leadTimeDemandStdDev,
    safetyStock,
    reorderPoint,
    annualDemand: values.annualDemand,
    eoq,
    maxLevel,
    inventoryPosition,
    shouldReorder,
    orderQuantity,
  };
  // The bounds keep every figure finite; this is the last check before anything is shown.
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new InputError(key, '輸入的數值太大，結果超出可計算的範圍');
  }
  return result;
}
