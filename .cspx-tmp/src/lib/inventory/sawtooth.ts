import type { ReorderInput, ReorderResult } from './reorder.ts';

export interface Sawtooth {
  /** Days between deliveries: EOQ ÷ daily demand. */
  cycleDays: number;
  /** Stock on hand right after a delivery (safety stock + EOQ) and right before one (safety stock). */
  peak: number;
  trough: number;
  /** [day, stock] corners of the on-hand line over two cycles, a vertical jump at each delivery. */
  points: [number, number][];
  /** Days (within the two cycles) on which an order is placed: a lead time before each delivery. */
  orderDays: number[];
}

/**
 * The textbook picture of the policy with demand at its average: stock falls at d a day from safety stock +
 * EOQ to safety stock, an order placed when the position reaches the reorder point arrives L days later.
 * Undefined when nothing is used or ordered (no cycle to draw).
 */
export function sawtooth(input: Pick<ReorderInput, 'avgDailyDemand' | 'leadTimeDays'>, result: Pick<ReorderResult, 'safetyStock' | 'eoq'>): Sawtooth | undefined {
  const d = input.avgDailyDemand;
  if (!(d > 0) || !(result.eoq > 0)) return undefined;
  const cycleDays = result.eoq / d;
  const trough = result.safetyStock;
  const peak = trough + result.eoq;
  const points: [number, number][] = [
    [0, peak],
    [cycleDays, trough],
    [cycleDays, peak],
    [2 * cycleDays, trough],
  ];
  const orderDays: number[] = [];
  // Deliveries at T, 2T (and any order for a later delivery already due within the window when L > T).
  for (let delivery = 1; delivery * cycleDays - input.leadTimeDays <= 2 * cycleDays; delivery++) {
    const day = delivery * cycleDays - input.leadTimeDays;
    if (day >= 0) orderDays.push(day);
    if (delivery > 1000) break; // guard: an absurdly long lead time next to a short cycle
  }
  return { cycleDays, peak, trough, points, orderDays };
}
