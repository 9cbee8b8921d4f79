import { inventoryRules } from '../../data/rules/inventory.ts';
import { checkReorderFieldWith, type ReorderFieldKey } from './fields.ts';

/** checkReorderFieldWith under the rules as first imported (version 1.0), for the one-argument public API. */
export function checkReorderField(key: ReorderFieldKey, value: number, rules = inventoryRules): void {
  checkReorderFieldWith(key, value, rules);
}
