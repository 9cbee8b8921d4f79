import { inventoryRules } from '../data/rules/inventory.ts';
import type { InventoryRules } from './inventory/fields.ts';
import { computeReorderWith, type ReorderInput, type ReorderResult } from './inventory/reorder.ts';

/**
 * Inventory calculators (商業運營全套管理制度 運營管理流程 › 庫存管理流程). The CSV batch lives in
 * `./inventory/batch.ts` and is deliberately not re-exported here: it pulls in papaparse, which the
 * single-item island must not load.
 */
export { inverseNormalCdf } from './inventory/inverse-normal-cdf.ts';
export { reorderFieldByKey, reorderFields } from './inventory/fields.ts';
export { checkReorderField } from './inventory/check-field.ts';
export type { InventoryRules, ReorderField, ReorderFieldKey } from './inventory/fields.ts';
export { computeReorderWith } from './inventory/reorder.ts';
export type { ReorderInput, ReorderResult } from './inventory/reorder.ts';
export { computeTurnover } from './inventory/turnover.ts';
export type { TurnoverInput, TurnoverResult } from './inventory/turnover.ts';

/** Safety stock, reorder point, EOQ and order-up-to level for one item, under the rules as first imported (1.0). */
export const computeReorder = (input: ReorderInput, rules: InventoryRules = inventoryRules): ReorderResult => computeReorderWith(input, rules);
