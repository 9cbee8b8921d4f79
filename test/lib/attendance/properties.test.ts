import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAttendance, type AttendanceInput, type AttendanceResult } from '../../../src/lib/attendance.ts';
import { InputError } from '../../../src/lib/input-error.ts';
import { assertMonotone, assertNeverAbove, assertNeverNegative } from '../../support/properties.ts';

// Invariants of computeAttendance over every input it accepts.

const yuan = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((cents) => cents / 100);
const amount = yuan(100_000_000_000); // up to 10^9 元, the largest accepted
const minutes = fc.integer({ min: 1, max: 144_000 }).map((hundredths) => hundredths / 100); // 0.01 … 1,440
const halfDays = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((halves) => halves / 2);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const input: fc.Arbitrary<AttendanceInput> = fc.record({
  monthlyWage: amount,
  performanceBonus: amount,
  lateEarlyMinutes: fc.array(fc.oneof(minutes, fc.integer({ min: 1, max: 20 })), { maxLength: 20 }),
  absentHalfDays: fc.integer({ min: 0, max: 20 }),
  absentFullDays: fc.integer({ min: 0, max: 20 }),
  longestAbsenceStreakDays: optional(halfDays(40)),
  priorAbsentDays: optional(halfDays(100)),
  dailyWage: optional(amount),
  minimumWage: optional(amount),
});

const amounts = ['wageDeduction', 'bonusDeduction', 'totalDeduction'] as const;
const compute = (changes: Partial<AttendanceInput>, given: AttendanceInput) => computeAttendance({ ...given, ...changes });
const flagged = (result: AttendanceResult) => Number(result.terminationEligible);
const cents = (value: number) => Math.round(value * 100);

describe('computeAttendance invariants', () => {
  it.each(amounts)('never a negative %s', (key) => {
    assertNeverNegative(input, (given) => computeAttendance(given)[key]);
  });

  it('never a negative line, except the cap that brings the bonus down', () => {
    fc.assert(
      fc.property(input, (given) => {
        for (const line of computeAttendance(given).lines) {
          expect(line.wage).toBeGreaterThanOrEqual(0);
          if (line.kind !== 'bonus-cap') expect(line.bonus).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('bonus deduction never above the bonus', () => {
    assertNeverAbove(input, (given) => computeAttendance(given).bonusDeduction, (given) => given.performanceBonus);
  });

  it('the lines add up to the totals, and the totals to the overall deduction', () => {
    fc.assert(
      fc.property(input, (given) => {
        const result = computeAttendance(given);
        const sum = (pick: (line: AttendanceResult['lines'][number]) => number) =>
          result.lines.reduce((total, line) => total + cents(pick(line)), 0);
        expect(sum((line) => line.wage)).toBe(cents(result.wageDeduction));
        expect(sum((line) => line.bonus)).toBe(cents(result.bonusDeduction));
        expect(cents(result.wageDeduction) + cents(result.bonusDeduction)).toBe(cents(result.totalDeduction));
      }),
    );
  });

  it('every amount is a whole number of cents', () => {
    fc.assert(
      fc.property(input, (given) => {
        const result = computeAttendance(given);
        for (const value of [result.dailyWage, ...amounts.map((key) => result[key]), ...result.lines.flatMap((l) => [l.wage, l.bonus])]) {
          expect(Number(value.toFixed(2))).toBe(value);
        }
      }),
    );
  });
});

describe('monotone non-decreasing', () => {
  const withoutOverride = input.map((given) => ({ ...given, dailyWage: undefined }));

  it.each(amounts)('%s in the monthly wage', (key) => {
    assertMonotone(amount, (monthlyWage, given) => compute({ monthlyWage }, given)[key], withoutOverride);
  });

  it.each(amounts)('%s in the bonus', (key) => {
    assertMonotone(amount, (performanceBonus, given) => compute({ performanceBonus }, given)[key], input);
  });

  it.each(amounts)('%s in the daily wage override', (key) => {
    assertMonotone(amount, (dailyWage, given) => compute({ dailyWage }, given)[key], input);
  });

  it.each(amounts)('%s in the half days of 曠工', (key) => {
    assertMonotone(fc.integer({ min: 0, max: 62 }), (absentHalfDays, given) => compute({ absentHalfDays }, given)[key], input);
  });

  it.each(amounts)('%s in the full days of 曠工', (key) => {
    assertMonotone(fc.integer({ min: 0, max: 31 }), (absentFullDays, given) => compute({ absentFullDays }, given)[key], input);
  });

  it.each(amounts)('%s in the number of late arrivals of any one length', (key) => {
    assertMonotone(
      fc.integer({ min: 0, max: 40 }),
      (count, [given, length]) =>
        compute({ lateEarlyMinutes: [...given.lateEarlyMinutes, ...Array<number>(count).fill(length)] }, given)[key],
      fc.tuple(input, minutes),
    );
  });

  it.each(amounts)('%s in the length of one late arrival', (key) => {
    assertMonotone(minutes, (length, given) => compute({ lateEarlyMinutes: [...given.lateEarlyMinutes, length] }, given)[key], input);
  });
});

describe('the termination flag never clears when absence grows', () => {
  it('in the days counted earlier in the period', () => {
    assertMonotone(halfDays(300), (priorAbsentDays, given) => flagged(compute({ priorAbsentDays }, given)), input);
  });

  it('in the longest streak', () => {
    assertMonotone(halfDays(300), (longestAbsenceStreakDays, given) => flagged(compute({ longestAbsenceStreakDays }, given)), input);
  });

  it('in the half and full days of 曠工 and in late arrivals', () => {
    assertMonotone(fc.integer({ min: 0, max: 31 }), (absentFullDays, given) => flagged(compute({ absentFullDays }, given)), input);
    assertMonotone(fc.integer({ min: 0, max: 62 }), (absentHalfDays, given) => flagged(compute({ absentHalfDays }, given)), input);
    assertMonotone(minutes, (length, given) => flagged(compute({ lateEarlyMinutes: [...given.lateEarlyMinutes, length] }, given)), input);
  });
});

describe('every shown figure is finite', () => {
  const figures = (result: AttendanceResult) => [
    result.dailyWage,
    result.dailyWageExact,
    result.wageDeduction,
    result.bonusDeduction,
    result.totalDeduction,
    result.absentDays,
    result.periodAbsentDays,
    ...result.lines.flatMap((line) => [line.wage, line.bonus]),
  ];

  it('for every input accepted, and refused input is an InputError, never ∞ or NaN', () => {
    const wild = fc.oneof(amount, fc.double({ noNaN: false }), fc.constant(1e300));
    fc.assert(
      fc.property(input, wild, wild, (given, wage, bonus) => {
        for (const tried of [given, { ...given, monthlyWage: wage, performanceBonus: bonus }]) {
          try {
            for (const value of figures(computeAttendance(tried))) expect(Number.isFinite(value)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        }
      }),
    );
  });
});
