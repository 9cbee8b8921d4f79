import { attendanceClauses, statutoryAttendance, type AttendanceRules } from './rules.ts';

/**
 * Version 1.0 as imported from the seeds: the fixture the one-argument calls (`computeAttendance(input)`) use.
 * The site applies the values read from the marked clause text (src/lib/policy/rule-set.ts); test/content/rules.test.ts
 * checks that version 1.0 of the text, read from git, yields exactly this. Frozen: never edit it for a new version.
 */
export const attendanceRules: AttendanceRules = {
  payDaysPerMonth: statutoryAttendance.payDaysPerMonth,
  minorMaxMinutes: 15,
  freeMinorEventsPerMonth: 3,
  minorExcess: { dailyWageMultiple: 0, bonusPercent: 5, absentDays: 0, clause: attendanceClauses.lateness },
  majorLateness: { dailyWageMultiple: 1, bonusPercent: 10, absentDays: 0.5, clause: attendanceClauses.lateness },
  absentHalfDay: { dailyWageMultiple: 2, bonusPercent: 20, absentDays: 0.5, clause: attendanceClauses.absence },
  absentFullDay: { dailyWageMultiple: 3, bonusPercent: 50, absentDays: 1, clause: attendanceClauses.absence },
  termination: { streakOverDays: 3, totalOverDays: 5, clause: attendanceClauses.absence },
  legalDeductionWarnPercent: statutoryAttendance.legalDeductionWarnPercent,
};
