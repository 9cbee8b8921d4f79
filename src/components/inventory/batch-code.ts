/** What the batch part loads when opened: the CSV code (papaparse) and the parts that use it. */
export { orderForAction } from '../../lib/inventory/batch.ts';
export { BatchInputs } from './BatchInputs.tsx';
export { BatchResults } from './BatchResults.tsx';
