/** The KPI calculator's further parts, loaded when opened: scorecard, year view and 當月獎金, with their forms. */
export { evaluateMonthsForm, evaluateScorecardForm } from '../../lib/kpi/form.ts';
export { evaluateMonthBonus } from '../../lib/kpi/month-bonus.ts';
export { MonthBonus } from './MonthBonus.tsx';
export { ScorecardTable } from './ScorecardTable.tsx';
export { YearTable } from './YearTable.tsx';
export { kpiFormFromFields, kpiFormToFields } from '../../lib/kpi/form-state.ts';
