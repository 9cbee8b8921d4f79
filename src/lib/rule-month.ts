import { InputError } from './input-error.ts';
import { inForceForMonth, type Dated } from './policy/in-force.ts';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** This month as `YYYY-MM`, in the reader's time zone: the default 試算月份. */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The version of the rules to apply to a 試算月份 (`YYYY-MM`, as `<input type="month">` gives it): the one in
 * force on the month's last day. Browsers without a month picker show a text field, so the text is checked.
 */
export function versionForMonth<T>(versions: readonly Dated<T>[], month: string, field = 'month'): Dated<T> {
  const text = month.trim();
  if (text === '') throw new InputError(field, '請選擇試算月份');
  if (!monthPattern.test(text)) throw new InputError(field, '試算月份的格式是 年-月，例如 2026-12');
  return inForceForMonth(versions, text);
}

/**
 * The rules a calculator applies for a 試算月份: the month's version, or, while the month cannot be read, the
 * field's error and the newest rules (so the rest of the form keeps working).
 */
export function rulesForMonth<T>(versions: readonly Dated<T>[], month: string): { version?: Dated<T>; error?: string; rules: T } {
  try {
    const version = versionForMonth(versions, month);
    return { version, rules: version.value };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message, rules: versions[versions.length - 1]!.value };
  }
}

/** 「版本 1.1，自 2027-01-01 起生效」: which rules a result applies. */
export const versionText = (version: Pick<Dated<unknown>, 'version' | 'effectiveDate'>) =>
  `版本 ${version.version}，自 ${version.effectiveDate} 起生效`;
