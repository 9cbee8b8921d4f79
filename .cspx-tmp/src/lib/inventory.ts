/**
 * Inventory calculators (商業運營全套管理制度 運營管理流程 › 庫存管理流程). The CSV batch lives in
 * `./inventory/batch.ts` and is deliberately not re-exported here: it pulls in papaparse, which the
 * single-item island must not load.
 */
export { inverseNormalCdf } from './inventory/inverse-normal-cdf.ts';
export { checkReorderField, reorderFieldByKey, reorderFields } from './inventory/fields.ts';
export type { ReorderField, ReorderFieldKey } from './inventory/fields.ts';
export { computeReorder } from './inventory/reorder.ts';
export type { ReorderInput, ReorderResult } from './inventory/reorder.ts';
export { computeTurnover } from './inventory/turnover.ts';
export type { TurnoverInput, TurnoverResult } from './inventory/turnover.ts';
