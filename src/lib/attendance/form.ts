import type { AttendanceRules } from './rules.ts';
import {
  attendanceFieldLabels,
  attendanceInputErrors,
  computeAttendanceWith,
  type AttendanceField,
  type AttendanceInput,
  type AttendanceResult,
} from './compute.ts';
import { InputError } from '../input-error.ts';
import { parseNumberInput, parseNumberList } from '../number.ts';

export { attendanceFormDefaults, attendanceFormFields, type AttendanceForm } from './fields.ts';
import { attendanceFormFields, type AttendanceForm } from './fields.ts';

/** Fields that may be left empty: the minutes list (no events) and the optional inputs. */
const mayBeEmpty = new Set<AttendanceField>([
  'lateEarlyMinutes',
  'longestAbsenceStreakDays',
  'priorAbsentDays',
  'dailyWage',
  'minimumWage',
]);

export interface AttendanceFormOutcome {
  /** Present only when every field could be read. */
  result?: AttendanceResult;
  /** The numbers read, when result is present (for the working). */
  input?: AttendanceInput;
  /** One zh-TW message per field that cannot be read or honoured. */
  errors: Partial<Record<AttendanceField, string>>;
}

/**
 * Read every field, report every unreadable one at once, and compute with `rules` when all are readable.
 * `labels` rename fields in the messages (the KPI calculator's 當月獎金 calls 月工資 本月薪資).
 */
export function evaluateAttendanceForm(
  form: AttendanceForm,
  rules: AttendanceRules,
  labels: Record<AttendanceField, string> = attendanceFieldLabels,
): AttendanceFormOutcome {
  const errors: AttendanceFormOutcome['errors'] = {};
  const input: Partial<Record<AttendanceField, number | number[]>> = {};
  for (const field of attendanceFormFields) {
    const text = form[field] ?? '';
    if (text.trim() === '') {
      if (field === 'lateEarlyMinutes') input[field] = [];
      else if (!mayBeEmpty.has(field)) errors[field] = `請輸入${labels[field]}`;
      continue;
    }
    try {
      input[field] = field === 'lateEarlyMinutes' ? parseNumberList(text, field) : parseNumberInput(text, field, labels[field]);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors[field] = error.message;
    }
  }
  for (const error of attendanceInputErrors(input as Partial<AttendanceInput>, labels)) {
    errors[error.field as AttendanceField] ??= error.message;
  }
  if (Object.keys(errors).length > 0) return { errors };
  try {
    const read = input as unknown as AttendanceInput;
    return { result: computeAttendanceWith(read, rules), input: read, errors };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { errors: { [error.field]: error.message } };
  }
}
