import type { Dated } from '../lib/policy/in-force.ts';
import { attendanceRules, inventoryRules, kpiRules } from '../data/rules/index.ts';
import type { AttendanceRules, KpiRules } from '../data/rules/index.ts';

/** Every rule set the calculators apply, as one version of the text states them. */
export interface RuleSet {
  attendance: AttendanceRules;
  kpi: KpiRules;
  inventory: typeof inventoryRules;
}

/**
 * The rule sets of every version, oldest first, each with its effective date. SEAM: this placeholder returns
 * the static rules as version 1.0; the policy-change work (issue 13) replaces it with values read from the
 * marked clauses of each committed version (src/history/git-versions.ts). Callers must not depend on more
 * than this signature.
 */
export function ruleVersions(): Dated<RuleSet>[] {
  return [{ version: '1.0', effectiveDate: '2026-11-26', value: { attendance: attendanceRules, kpi: kpiRules, inventory: inventoryRules } }];
}
