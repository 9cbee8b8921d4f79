/** 考勤扣款 under the rules given (src/lib/attendance.ts adds the one-argument calls of SPEC). */
import type { AttendanceRules, DeductionRate } from './rules.ts';
import type { ClauseRef } from '../clause.ts';
import { InputError } from '../input-error.ts';
import { centsToYuan, formatYuan, maxMoney, moneyProblem, roundCents, toCents } from '../money.ts';
import { attendanceFieldLabels, type AttendanceField, type AttendanceInput } from './fields.ts';

export * from './fields.ts';

export type AttendanceLineKind =
  | 'minor-free'
  | 'minor-excess'
  | 'major-lateness'
  | 'absent-half-day'
  | 'absent-full-day'
  | 'bonus-cap';

export interface AttendanceLine {
  kind: AttendanceLineKind;
  label: string;
  /** How many times the rule applied; absent for the bonus cap. */
  count?: number;
  /** Cost of one occurrence; absent for the bonus cap. */
  rate?: Pick<DeductionRate, 'dailyWageMultiple' | 'bonusPercent'>;
  /** 元, rounded to the cent. */
  wage: number;
  /** 元, rounded to the cent; negative on the bonus-cap line, which brings the bonus lines down to the bonus. */
  bonus: number;
  clause: ClauseRef;
}

export interface AttendanceResult {
  /** 當天工資 used, rounded to the cent for display (the unrounded value is used in the lines). */
  dailyWage: number;
  /** 當天工資 as used in the lines, unrounded (月工資 ÷ 21.75), so the working can be checked by hand. */
  dailyWageExact: number;
  dailyWageOverridden: boolean;
  wageDeduction: number;
  bonusDeduction: number;
  totalDeduction: number;
  minorEvents: number;
  majorEvents: number;
  /** This month's 曠工 days, late arrivals over the limit counting as half days. */
  absentDays: number;
  /** priorAbsentDays + absentDays. */
  periodAbsentDays: number;
  terminationEligible: boolean;
  terminationBy: { streak: boolean; total: boolean };
  lines: AttendanceLine[];
  warnings: string[];
}

/** Sanity bounds; the policy sets none, but a month has at most 31 days and amounts beyond 10^9 are typos. */
export const attendanceLimits = {
  maxAmount: maxMoney,
  maxMinutes: 24 * 60,
  maxEvents: 62,
  maxHalfDays: 62,
  maxFullDays: 31,
  maxPeriodDays: 366,
} as const;

type Check = (value: number, label: string) => string | undefined;

const finite: Check = (v, label) => (Number.isFinite(v) ? undefined : `${label}必須是有效的數字`);
const nonNegative: Check = (v, label) => (v < 0 ? `${label}不能是負數` : undefined);
const atMost =
  (max: number, unit = ''): Check =>
  (v, label) =>
    v > max ? `${label}不能超過 ${max.toLocaleString('en-US')}${unit}` : undefined;
const integer: Check = (v, label) => (Number.isInteger(v) ? undefined : `${label}必須是整數`);
const halfDays: Check = (v, label) => (Number.isInteger(v * 2) ? undefined : `${label}須以 0.5 天為單位`);

const amount: Check[] = [moneyProblem];
const scalarChecks: Record<Exclude<AttendanceField, 'lateEarlyMinutes'>, Check[]> = {
  monthlyWage: amount,
  performanceBonus: amount,
  dailyWage: amount,
  minimumWage: amount,
  absentHalfDays: [finite, nonNegative, integer, atMost(attendanceLimits.maxHalfDays, ' 次')],
  absentFullDays: [finite, nonNegative, integer, atMost(attendanceLimits.maxFullDays, ' 天')],
  longestAbsenceStreakDays: [finite, nonNegative, halfDays, atMost(attendanceLimits.maxPeriodDays, ' 天')],
  priorAbsentDays: [finite, nonNegative, halfDays, atMost(attendanceLimits.maxPeriodDays, ' 天')],
};

function minutesError(minutes: readonly number[], label: string): string | undefined {
  if (minutes.length > attendanceLimits.maxEvents) return `${label}一個月最多 ${attendanceLimits.maxEvents} 筆`;
  for (const [index, value] of minutes.entries()) {
    const entry = `第 ${index + 1} 項`;
    if (!Number.isFinite(value)) return `${entry}必須是有效的數字`;
    if (value <= 0) return `${entry}必須大於 0 分鐘`;
    if (value > attendanceLimits.maxMinutes) return `${entry}不能超過 ${attendanceLimits.maxMinutes} 分鐘（一整天）`;
  }
  return undefined;
}

/** Every problem with the fields that are present, one InputError per field; the form shows them all at once. */
export function attendanceInputErrors(
  input: Partial<AttendanceInput>,
  labels: Record<AttendanceField, string> = attendanceFieldLabels,
): InputError[] {
  const errors: InputError[] = [];
  for (const [field, checks] of Object.entries(scalarChecks) as [keyof typeof scalarChecks, Check[]][]) {
    const value = input[field];
    if (value === undefined) continue;
    const label = labels[field];
    const message = checks.reduce<string | undefined>((found, check) => found ?? check(value, label), undefined);
    if (message) errors.push(new InputError(field, message));
  }
  if (input.lateEarlyMinutes !== undefined) {
    const message = minutesError(input.lateEarlyMinutes, labels.lateEarlyMinutes);
    if (message) errors.push(new InputError('lateEarlyMinutes', message));
  }
  return errors;
}

const requiredFields = ['monthlyWage', 'performanceBonus', 'lateEarlyMinutes', 'absentHalfDays', 'absentFullDays'] as const;

/**
 * The clause the bonus cap reads: 考勤制度 as a whole (the parent of clauses 2 and 3), since neither clause
 * states a cap and both deduct from the same bonus. Derived from the rules so islands need no rule import.
 */
export function bonusCapClause(rules: AttendanceRules): ClauseRef {
  const { lateness, absence } = { lateness: rules.minorExcess.clause, absence: rules.absentFullDay.clause };
  const parent = lateness.id.replace(/-\d+$/, '');
  const n = (label: string) => /第([^第條]+)條$/.exec(label)?.[1];
  const [a, b] = [n(lateness.label), n(absence.label)];
  const label = a && b ? lateness.label.replace(/第[^第條]+條$/, `第${a}、${b}條`) : `${lateness.label}、${absence.label}`;
  return { regulation: lateness.regulation, id: parent, label };
}

/** Line labels, worded from the rule numbers so the table, the breakdown and the clause never disagree. */
export function ruleLabelsFor(rules: AttendanceRules): Record<AttendanceLineKind, string> {
  const minutes = rules.minorMaxMinutes;
  const free = rules.freeMinorEventsPerMonth;
  return {
    'minor-free': `遲到/早退 ${minutes} 分鐘以內，每月前 ${free} 次`,
    'minor-excess': `遲到/早退 ${minutes} 分鐘以內，第 ${free + 1} 次起`,
    'major-lateness': `遲到/早退超過 ${minutes} 分鐘（按曠工半天）`,
    'absent-half-day': '曠工半天',
    'absent-full-day': '曠工一天',
    'bonus-cap': '績效獎金扣款以當月績效獎金為限',
  };
}

/**
 * What 考勤制度 clauses 2 and 3 deduct for one month under `rules`, line by line, and whether the month crosses
 * the termination thresholds. Throws InputError for the first field it cannot honour.
 */
export function computeAttendanceWith(input: AttendanceInput, rules: AttendanceRules): AttendanceResult {
  for (const field of requiredFields) {
    if (input[field] === undefined) {
      throw new InputError(field, `請輸入${attendanceFieldLabels[field]}`);
    }
  }
  const [firstError] = attendanceInputErrors(input);
  if (firstError) throw firstError;

  const wageCents = toCents(input.monthlyWage);
  const bonusCents = toCents(input.performanceBonus);
  const overridden = input.dailyWage !== undefined;
  // Exact (fractional) cents of `days` days' wage; the daily wage itself is never rounded before use.
  const wageForDays = (days: number) =>
    overridden ? toCents(input.dailyWage!) * days : (wageCents * days) / rules.payDaysPerMonth;

  const minorEvents = input.lateEarlyMinutes.filter((m) => m <= rules.minorMaxMinutes).length;
  const majorEvents = input.lateEarlyMinutes.length - minorEvents;
  const freeEvents = Math.min(minorEvents, rules.freeMinorEventsPerMonth);
  const labels = ruleLabelsFor(rules);

  const lines: AttendanceLine[] = [];
  const wageLineCents: number[] = [];
  const bonusLineCents: number[] = [];
  if (freeEvents > 0) {
    const clause = rules.minorExcess.clause;
    const rate = { dailyWageMultiple: 0, bonusPercent: 0 };
    lines.push({ kind: 'minor-free', label: labels['minor-free'], count: freeEvents, rate, wage: 0, bonus: 0, clause });
  }
  const charge = (kind: AttendanceLineKind, rate: DeductionRate, count: number) => {
    if (count === 0) return;
    const wage = roundCents(wageForDays(rate.dailyWageMultiple * count));
    const bonus = roundCents((bonusCents * rate.bonusPercent * count) / 100);
    wageLineCents.push(wage);
    bonusLineCents.push(bonus);
    lines.push({
      kind,
      label: labels[kind],
      count,
      rate: { dailyWageMultiple: rate.dailyWageMultiple, bonusPercent: rate.bonusPercent },
      wage: centsToYuan(wage),
      bonus: centsToYuan(bonus),
      clause: rate.clause,
    });
  };
  charge('minor-excess', rules.minorExcess, minorEvents - freeEvents);
  charge('major-lateness', rules.majorLateness, majorEvents);
  charge('absent-half-day', rules.absentHalfDay, input.absentHalfDays);
  charge('absent-full-day', rules.absentFullDay, input.absentFullDays);

  const wageDeductionCents = sum(wageLineCents);
  const bonusBeforeCap = sum(bonusLineCents);
  const bonusDeductionCents = Math.min(bonusBeforeCap, bonusCents);
  if (bonusBeforeCap > bonusCents) {
    const bonus = centsToYuan(bonusCents - bonusBeforeCap);
    lines.push({ kind: 'bonus-cap', label: labels['bonus-cap'], wage: 0, bonus, clause: bonusCapClause(rules) });
  }
  const totalCents = wageDeductionCents + bonusDeductionCents;

  const absentDays =
    majorEvents * rules.majorLateness.absentDays +
    input.absentHalfDays * rules.absentHalfDay.absentDays +
    input.absentFullDays * rules.absentFullDay.absentDays;
  const periodAbsentDays = (input.priorAbsentDays ?? 0) + absentDays;
  const terminationBy = {
    streak: (input.longestAbsenceStreakDays ?? 0) > rules.termination.streakOverDays,
    total: periodAbsentDays > rules.termination.totalOverDays,
  };

  return {
    dailyWage: centsToYuan(roundCents(wageForDays(1))),
    dailyWageExact: centsToYuan(wageForDays(1)),
    dailyWageOverridden: overridden,
    wageDeduction: centsToYuan(wageDeductionCents),
    bonusDeduction: centsToYuan(bonusDeductionCents),
    totalDeduction: centsToYuan(totalCents),
    minorEvents,
    majorEvents,
    absentDays,
    periodAbsentDays,
    terminationEligible: terminationBy.streak || terminationBy.total,
    terminationBy,
    lines,
    warnings: warningsFor({
      wageCents,
      bonusCents,
      wageDeductionCents,
      totalCents,
      minimumWage: input.minimumWage,
      lines,
      rules,
    }),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

interface WarningFacts {
  wageCents: number;
  bonusCents: number;
  wageDeductionCents: number;
  totalCents: number;
  minimumWage: number | undefined;
  lines: AttendanceLine[];
  rules: AttendanceRules;
}

/** Legal context for the manager: shown, never applied to the figures. */
function warningsFor(facts: WarningFacts): string[] {
  const { wageCents, bonusCents, wageDeductionCents, totalCents, minimumWage, lines, rules } = facts;
  const warnings: string[] = [];
  const yuan = (cents: number) => formatYuan(centsToYuan(cents));
  const percent = rules.legalDeductionWarnPercent;
  if (wageDeductionCents * 100 > wageCents * percent) {
    warnings.push(
      `工資扣款 ${yuan(wageDeductionCents)} 超過月工資的 ${percent}%（${yuan(roundCents((wageCents * percent) / 100))}）。` +
        `《工資支付暫行規定》第十六條規定，從工資中扣除的賠償每月不得超過當月工資的 ${percent}%，` +
        '且扣除後的剩餘工資不得低於當地月最低工資標準；實務上常以此衡量工資扣款是否過高。',
    );
  }
  if (minimumWage !== undefined) {
    const payCents = wageCents + bonusCents - totalCents;
    const minimumCents = toCents(minimumWage);
    if (payCents < minimumCents) {
      warnings.push(
        `扣款後的月工資與績效獎金合計 ${yuan(payCents)}，低於所填的當地最低工資 ${yuan(minimumCents)}。` +
          '《工資支付暫行規定》第十六條規定，扣除後的剩餘工資不得低於當地月最低工資標準。',
      );
    }
  }
  const multiples = lines.filter((line) => (line.rate?.dailyWageMultiple ?? 0) > 1);
  if (multiples.length > 0) {
    const described = multiples
      .map((line) => `${line.label}扣除當天工資的 ${line.rate!.dailyWageMultiple} 倍`)
      .join('、');
    warnings.push(
      `${described}，扣款多於該段缺勤本身的工資。《企業職工獎懲條例》已於 2008 年廢止，` +
        '此後按日工資倍數扣款普遍被認為屬於罰款或克扣工資，可能不被勞動仲裁或法院支持。',
    );
  }
  return warnings;
}
