import type { AttendanceRules } from '../../lib/attendance/rules.ts';
import type { kpiClauses, KpiRules } from '../../lib/kpi/rules.ts';

/** The clauses the KPI calculator cites besides clause 3; passed in as props, never imported by the island. */
export type KpiClauses = typeof kpiClauses;

/** What one version of the text says that the KPI calculator applies: grades, and the attendance deductions of 當月獎金. */
export interface KpiVersionRules {
  kpi: KpiRules;
  attendance: AttendanceRules;
}
