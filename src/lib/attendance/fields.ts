/**
 * The attendance calculator's fields: input shape, labels and the form as typed. Kept apart from the
 * computation (./compute.ts) so the form can render before that code is loaded.
 */

/** One employee, one month. Amounts in 元; counts are whole numbers. */
export interface AttendanceInput {
  monthlyWage: number;
  /** The month's bonus as it would be paid, i.e. after the KPI coefficient. */
  performanceBonus: number;
  /** One entry per late arrival or early departure, in minutes (> 0). */
  lateEarlyMinutes: readonly number[];
  absentHalfDays: number;
  absentFullDays: number;
  /** Longest run of consecutive 曠工 days, which may reach into earlier months; omitted when not known. */
  longestAbsenceStreakDays?: number;
  /** Days of 曠工 already counted earlier in the same counting period. */
  priorAbsentDays?: number;
  /** Overrides 月工資 ÷ 21.75. */
  dailyWage?: number;
  /** Local monthly minimum wage, only used for a warning. */
  minimumWage?: number;
}

export type AttendanceField = keyof AttendanceInput;

/** The field labels of SPEC's calculator table; messages and the form both use them. */
export const attendanceFieldLabels: Record<AttendanceField, string> = {
  monthlyWage: '月工資',
  performanceBonus: '當月績效獎金',
  lateEarlyMinutes: '遲到/早退分鐘數',
  absentHalfDays: '曠工半天次數',
  absentFullDays: '曠工整天數',
  longestAbsenceStreakDays: '最長連續曠工天數',
  priorAbsentDays: '本期之前累計曠工天數',
  dailyWage: '日工資',
  minimumWage: '當地最低工資',
};

/** The attendance form as typed: one raw string per input property, in the order the form shows them. */
export type AttendanceForm = Record<AttendanceField, string>;

export const attendanceFormFields = Object.keys(attendanceFieldLabels) as AttendanceField[];

/** Counts start at 0 so an empty one means the user cleared it; amounts start empty. */
export const attendanceFormDefaults: AttendanceForm = {
  monthlyWage: '',
  performanceBonus: '',
  lateEarlyMinutes: '',
  absentHalfDays: '0',
  absentFullDays: '0',
  longestAbsenceStreakDays: '',
  priorAbsentDays: '0',
  dailyWage: '',
  minimumWage: '',
};

