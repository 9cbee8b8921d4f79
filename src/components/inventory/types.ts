import type { inventoryClauses } from '../../data/rules/inventory.ts';

/** The clauses the inventory calculators cite; passed in as props, never imported by the islands. */
export type InventoryClauses = Pick<typeof inventoryClauses, 'planning' | 'monitoring' | 'replenishment'>;
