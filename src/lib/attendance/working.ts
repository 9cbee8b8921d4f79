import type { AttendanceRules } from './rules.ts';
import type { AttendanceInput, AttendanceLine, AttendanceResult } from './compute.ts';
import { formatYuan } from '../money.ts';

/** Decimals shown of an unrounded amount: enough that a hand check of every line agrees to the cent. */
const exactDecimals = 6;

/** `229.885057… 元` for an amount with more decimals than shown, `400.00 元` for one without. */
export function formatExactYuan(yuan: number): string {
  if (!Number.isFinite(yuan)) throw new RangeError(`formatExactYuan: ${yuan} is not finite`);
  const scale = 10 ** exactDecimals;
  const clean = Number(yuan.toPrecision(15));
  if (Math.abs(clean * 100 - Math.round(clean * 100)) < 1e-6) return formatYuan(clean);
  const cut = Math.trunc(clean * scale) / scale;
  return `${cut.toLocaleString('zh-TW', { minimumFractionDigits: 2, maximumFractionDigits: exactDecimals })}… 元`;
}

export interface LineWorking {
  /** 「3 × 3 × 229.885057… 元 = 2,068.97 元」 */
  wage?: string;
  /** 「3 × 50% × 2,000.00 元 = 3,000.00 元」 */
  bonus?: string;
}

/** 當天工資's working: 「8,700.00 元 ÷ 21.75 = 400.00 元」, or the amount typed when it was given. */
export function dailyWageWorking(input: Pick<AttendanceInput, 'monthlyWage'>, result: AttendanceResult, rules: AttendanceRules): string {
  if (result.dailyWageOverridden) return `${formatYuan(result.dailyWage)}（依所填日工資）`;
  return `${formatYuan(input.monthlyWage)} ÷ ${rules.payDaysPerMonth} = ${formatExactYuan(result.dailyWageExact)}`;
}

/** One line's arithmetic, with the same numbers it was computed from; the bonus cap line has none. */
export function lineWorking(line: AttendanceLine, input: Pick<AttendanceInput, 'performanceBonus'>, result: AttendanceResult): LineWorking {
  if (!line.rate || line.count === undefined) return {};
  const { dailyWageMultiple: multiple, bonusPercent: percent } = line.rate;
  const working: LineWorking = {};
  if (multiple > 0) {
    working.wage = `${line.count} × ${multiple} × ${formatExactYuan(result.dailyWageExact)} = ${formatYuan(line.wage)}`;
  }
  if (percent > 0) {
    working.bonus = `${line.count} × ${percent}% × ${formatYuan(input.performanceBonus)} = ${formatYuan(line.bonus)}`;
  }
  return working;
}
