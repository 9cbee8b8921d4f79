import { checkReorderFieldWith, type InventoryRules, type ReorderFieldKey } from './inventory/fields.ts';
import { inventoryRules } from './inventory/first-edition.ts';
import { computeReorderWith, type ReorderInput, type ReorderResult } from './inventory/reorder.ts';
import { computeTurnoverWith, type TurnoverInput, type TurnoverResult } from './inventory/turnover.ts';

/**
 * Inventory calculators (商業運營全套管理制度 運營管理流程 › 庫存管理流程). The CSV batch lives in
 * `./inventory/batch.ts` and is deliberately not re-exported here: it pulls in papaparse, which the
 * single-item island must not load. The one-argument calls apply the conventions of ./inventory/first-edition.ts.
 */
export { inverseNormalCdf } from './inventory/inverse-normal-cdf.ts';
export { reorderFieldByKey, reorderFields } from './inventory/fields.ts';
export type { InventoryRules, ReorderField, ReorderFieldKey } from './inventory/fields.ts';
export { computeReorderWith } from './inventory/reorder.ts';
export type { ReorderInput, ReorderResult } from './inventory/reorder.ts';
export { computeTurnoverWith } from './inventory/turnover.ts';
export type { TurnoverInput, TurnoverResult } from './inventory/turnover.ts';

/** Safety stock, reorder point, EOQ and order-up-to level for one item, under the rules as first imported (1.0). */
export const computeReorder = (input: ReorderInput, rules: InventoryRules = inventoryRules): ReorderResult => computeReorderWith(input, rules);

/** Inventory turnover and days of supply; a period of one year unless the input says otherwise. */
export const computeTurnover = (input: TurnoverInput, rules: InventoryRules = inventoryRules): TurnoverResult => computeTurnoverWith(input, rules);

/** Throws an InputError unless `value` is acceptable for `key` (service level as a fraction, 0.95). */
export const checkReorderField = (key: ReorderFieldKey, value: number, rules: InventoryRules = inventoryRules): void =>
  checkReorderFieldWith(key, value, rules);
