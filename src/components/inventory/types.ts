import type { inventoryClauses } from '../../lib/inventory/rules.ts';

/** The clauses the inventory calculators cite; passed in as props, never imported by the islands. */
export type InventoryClauses = Pick<typeof inventoryClauses, 'planning' | 'monitoring' | 'replenishment'>;
