/**
 * Attendance deductions (商業運營全套管理制度 考勤制度第2、3條). The computation lives in ./attendance/compute.ts and
 * takes the rules as an argument; the one-argument calls here apply the rules as first imported (version 1.0).
 * Islands import ./attendance/compute.ts, so the live rules never end up in their JavaScript.
 */
import { attendanceRules } from './attendance/first-edition.ts';
import type { AttendanceRules } from './attendance/rules.ts';
import { computeAttendanceWith, ruleLabelsFor, type AttendanceInput, type AttendanceLineKind, type AttendanceResult } from './attendance/compute.ts';

export * from './attendance/compute.ts';

/** Line labels, worded from the rule numbers so the table, the breakdown and the clause never disagree. */
export function attendanceRuleLabels(rules: AttendanceRules = attendanceRules): Record<AttendanceLineKind, string> {
  return ruleLabelsFor(rules);
}

/**
 * What 考勤制度 clauses 2 and 3 deduct for one month, line by line, and whether the month crosses the
 * termination thresholds. Throws InputError for the first field it cannot honour.
 */
export function computeAttendance(input: AttendanceInput, rules: AttendanceRules = attendanceRules): AttendanceResult {
  return computeAttendanceWith(input, rules);
}

