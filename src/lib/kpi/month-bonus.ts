import type { AttendanceRules } from '../attendance/rules.ts';
import { attendanceFieldLabels, type AttendanceField, type AttendanceResult } from '../attendance/compute.ts';
import { attendanceFormDefaults, evaluateAttendanceForm } from '../attendance/form.ts';
import { centsToYuan, toCents } from '../money.ts';

/** The attendance facts of the month, as typed in the KPI calculator's 當月獎金 part. */
export interface MonthBonusForm {
  /** Optional: only the wage deduction needs it; the bonus deduction does not. */
  wage: string;
  late: string;
  half: string;
  full: string;
}

export type MonthBonusField = keyof MonthBonusForm;

export interface MonthBonusOutcome {
  errors: Partial<Record<MonthBonusField, string>>;
  /** A problem with the payout itself as the attendance module sees it (e.g. beyond its sanity bound). */
  payoutError?: string;
  attendance?: AttendanceResult;
  /** Step 1: 基數 × 係數. */
  payout?: number;
  /** Step 2: payout − the attendance bonus deduction. */
  net?: number;
  /** Whether a wage was given, so wage deductions and warnings mean something. */
  withWage: boolean;
}

const fieldFor: Partial<Record<AttendanceField, MonthBonusField>> = {
  monthlyWage: 'wage',
  lateEarlyMinutes: 'late',
  absentHalfDays: 'half',
  absentFullDays: 'full',
};

/**
 * 當月獎金: the KPI payout, then the attendance module's bonus deduction for the same month (考勤制度第2、3條),
 * computed by computeAttendance with that payout as 當月績效獎金 — one computation, not a copy of its rules.
 */
/** This part's own field labels, used in the attendance module's messages too. */
export const monthBonusLabels: Record<MonthBonusField, string> = {
  wage: '本月薪資',
  late: '本月遲到早退分鐘',
  half: '本月半天曠工次數',
  full: '本月整天曠工天數',
};

const labels = { ...attendanceFieldLabels };
for (const [field, own] of Object.entries(fieldFor) as [AttendanceField, MonthBonusField][]) labels[field] = monthBonusLabels[own];
labels.performanceBonus = '當月績效獎金（第一步的結果）';

export function evaluateMonthBonus(payout: number | undefined, form: MonthBonusForm, rules: AttendanceRules): MonthBonusOutcome {
  const withWage = form.wage.trim() !== '';
  const orZero = (text: string) => (text.trim() === '' ? '0' : text);
  const { result, errors } = evaluateAttendanceForm(
    {
    ...attendanceFormDefaults,
    monthlyWage: withWage ? form.wage : '0',
    performanceBonus: payout === undefined ? '0' : payout.toFixed(2),
    lateEarlyMinutes: form.late,
    absentHalfDays: orZero(form.half),
    absentFullDays: orZero(form.full),
    },
    rules,
    labels,
  );

  const outcome: MonthBonusOutcome = { errors: {}, withWage, payout };
  for (const [field, message] of Object.entries(errors) as [AttendanceField, string | undefined][]) {
    if (!message) continue;
    const own = fieldFor[field];
    if (own) outcome.errors[own] = message;
    else if (field === 'performanceBonus' && payout !== undefined) outcome.payoutError = message;
  }
  if (payout === undefined || !result) return outcome;
  return {
    ...outcome,
    attendance: result,
    net: centsToYuan(toCents(payout) - toCents(result.bonusDeduction)),
  };
}
