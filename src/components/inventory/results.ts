/** What the inventory island loads once it has hydrated: the computation, the figures, the chart and 計算說明. */
export { evaluateReorderForm } from '../../lib/inventory/form.ts';
export { ReorderExplanation } from './ReorderExplanation.tsx';
export { ReorderResults } from './ReorderResults.tsx';
export { SawtoothChart } from './SawtoothChart.tsx';
