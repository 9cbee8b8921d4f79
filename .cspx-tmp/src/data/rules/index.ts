/** Rule parameters the calculators read, one module per rule set. */
export * from './inventory.ts';
export * from './kpi.ts';
export * from './attendance.ts';
