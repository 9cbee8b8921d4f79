import { describe, expect, it } from 'vitest';
import { attendanceRules } from '../../../src/lib/attendance/first-edition.ts';
import { computeAttendance, type AttendanceInput } from '../../../src/lib/attendance.ts';
import { clauseHref } from '../../../src/lib/clause.ts';
import { hasChinese, inputErrorOf } from '../../support/input-error.ts';

// Hand-worked figures. Unless a case says otherwise: 月工資 8,700 元, so 當天工資 = 8700 ÷ 21.75 = 400 元
// exactly; 當月績效獎金 2,000 元, so 5 % = 100, 10 % = 200, 20 % = 400, 50 % = 1,000 元.
const base: AttendanceInput = {
  monthlyWage: 8700,
  performanceBonus: 2000,
  lateEarlyMinutes: [],
  absentHalfDays: 0,
  absentFullDays: 0,
};
const run = (changes: Partial<AttendanceInput>) => computeAttendance({ ...base, ...changes });

const legalCapWarning = (warnings: string[]) => warnings.some((w) => w.includes('第十六條') && w.includes('20%'));
const minimumWageWarning = (warnings: string[]) => warnings.some((w) => w.includes('低於所填的當地最低工資'));
const multipleWarning = (warnings: string[]) => warnings.some((w) => w.includes('《企業職工獎懲條例》'));

describe('a month without events', () => {
  it('deducts nothing, uses 月工資 ÷ 21.75 as 當天工資 and warns of nothing', () => {
    expect(run({})).toMatchObject({
      dailyWage: 400,
      dailyWageOverridden: false,
      wageDeduction: 0,
      bonusDeduction: 0,
      totalDeduction: 0,
      absentDays: 0,
      terminationEligible: false,
      lines: [],
      warnings: [],
    });
  });
});

describe('clause 2: late arrival or early departure of 15 minutes or less', () => {
  it('costs nothing for the first 3 in the month, 15 minutes included', () => {
    const result = run({ lateEarlyMinutes: [5, 10, 15] });
    expect(result.totalDeduction).toBe(0);
    expect(result.minorEvents).toBe(3);
    expect(result.lines).toEqual([
      expect.objectContaining({ kind: 'minor-free', count: 3, rate: { dailyWageMultiple: 0, bonusPercent: 0 }, wage: 0, bonus: 0 }),
    ]);
  });

  it('costs 5 % of the bonus for the 4th', () => {
    const result = run({ lateEarlyMinutes: [5, 10, 15, 15] });
    expect(result).toMatchObject({ wageDeduction: 0, bonusDeduction: 100, totalDeduction: 100 });
    expect(result.lines.find((line) => line.kind === 'minor-excess')).toMatchObject({ count: 1, bonus: 100 });
  });

  it('costs 5 % for each one after the 3rd', () => {
    expect(run({ lateEarlyMinutes: [1, 2, 3, 4, 5, 6] }).bonusDeduction).toBe(300);
  });

  it('does not count minor events toward 曠工', () => {
    expect(run({ lateEarlyMinutes: [1, 2, 3, 4, 5, 6] }).absentDays).toBe(0);
  });
});

describe('clause 2: over 15 minutes counts as half a day of 曠工 at clause 2’s own rate', () => {
  it('takes 16 minutes as one day’s wage plus 10 % of the bonus, and half a day of 曠工', () => {
    const result = run({ lateEarlyMinutes: [16] });
    expect(result).toMatchObject({ wageDeduction: 400, bonusDeduction: 200, totalDeduction: 600, absentDays: 0.5 });
    expect(result.majorEvents).toBe(1);
  });

  it('draws the line between 15 and 16 minutes', () => {
    expect(run({ lateEarlyMinutes: [15] }).totalDeduction).toBe(0);
    expect(run({ lateEarlyMinutes: [15.5] }).totalDeduction).toBe(600);
  });

  it('does not let events over 15 minutes use up the 3 free minor ones', () => {
    // 3 long ones (3 × 600) and 3 short ones (free).
    const result = run({ lateEarlyMinutes: [20, 30, 45, 5, 5, 5] });
    expect(result.totalDeduction).toBe(1800);
    expect(result.lines.map((line) => [line.kind, line.count])).toEqual([
      ['minor-free', 3],
      ['major-lateness', 3],
    ]);
  });
});

describe('clause 3: 曠工', () => {
  it('takes twice the day’s wage and 20 % of the bonus for each half day', () => {
    expect(run({ absentHalfDays: 1 })).toMatchObject({ wageDeduction: 800, bonusDeduction: 400, absentDays: 0.5 });
    expect(run({ absentHalfDays: 2 })).toMatchObject({ wageDeduction: 1600, bonusDeduction: 800, absentDays: 1 });
  });

  it('takes three times the day’s wage and 50 % of the bonus for each full day', () => {
    expect(run({ absentFullDays: 1 })).toMatchObject({ wageDeduction: 1200, bonusDeduction: 1000, absentDays: 1 });
  });

  it('adds every rule up, line by line', () => {
    // 5 minor (2 over the free 3: 2 × 100), 2 long (2 × (400 + 200)), 1 half day (800 + 400), 1 day (1,200 + 1,000).
    const result = run({ lateEarlyMinutes: [3, 4, 5, 6, 7, 20, 30], absentHalfDays: 1, absentFullDays: 1 });
    expect(result.lines.map(({ kind, count, wage, bonus }) => ({ kind, count, wage, bonus }))).toEqual([
      { kind: 'minor-free', count: 3, wage: 0, bonus: 0 },
      { kind: 'minor-excess', count: 2, wage: 0, bonus: 200 },
      { kind: 'major-lateness', count: 2, wage: 800, bonus: 400 },
      { kind: 'absent-half-day', count: 1, wage: 800, bonus: 400 },
      { kind: 'absent-full-day', count: 1, wage: 1200, bonus: 1000 },
    ]);
    expect(result).toMatchObject({ wageDeduction: 2800, bonusDeduction: 2000, totalDeduction: 4800, absentDays: 2.5 });
  });
});

describe('bonus deductions never exceed the bonus', () => {
  it('deducts the whole bonus and no more, saying so in a line of its own', () => {
    // 3 days: 3 × 50 % = 150 % of the bonus, i.e. 3,000 元 of a 2,000 元 bonus.
    const result = run({ absentFullDays: 3 });
    expect(result).toMatchObject({ wageDeduction: 3600, bonusDeduction: 2000, totalDeduction: 5600 });
    expect(result.lines.at(-1)).toMatchObject({ kind: 'bonus-cap', wage: 0, bonus: -1000 });
  });

  it('has no cap line when the deductions reach the bonus exactly', () => {
    const result = run({ absentFullDays: 2 });
    expect(result.bonusDeduction).toBe(2000);
    expect(result.lines.some((line) => line.kind === 'bonus-cap')).toBe(false);
  });

  it('deducts no bonus when there is none, and still deducts wage', () => {
    expect(run({ performanceBonus: 0, absentFullDays: 1 })).toMatchObject({ bonusDeduction: 0, wageDeduction: 1200 });
  });

  it('does not cap wage deductions, which the policy leaves uncapped', () => {
    // 31 days × 3 × 400 = 37,200 元 against an 8,700 元 wage.
    expect(run({ absentFullDays: 31 }).wageDeduction).toBe(37200);
  });
});

describe('當天工資 override', () => {
  it('uses the given daily wage instead of 月工資 ÷ 21.75', () => {
    expect(run({ dailyWage: 500, absentHalfDays: 1 })).toMatchObject({
      dailyWage: 500,
      dailyWageOverridden: true,
      wageDeduction: 1000,
    });
  });

  it('takes a daily wage of 0 at its word', () => {
    expect(run({ dailyWage: 0, absentFullDays: 1 }).wageDeduction).toBe(0);
  });
});

describe('rounding to the cent', () => {
  // 月工資 8,000: 當天工資 = 367.816091… 元.
  it('shows the daily wage rounded but computes with the exact one', () => {
    const result = run({ monthlyWage: 8000, absentHalfDays: 1 });
    expect(result.dailyWage).toBe(367.82);
    // 2 × 367.816091… = 735.632… → 735.63, not 2 × 367.82 = 735.64.
    expect(result.wageDeduction).toBe(735.63);
  });

  it('rounds each line once and adds the rounded lines', () => {
    // Half day 735.632… → 735.63; full day 1,103.448… → 1,103.45; long lateness 367.816… → 367.82.
    const result = run({ monthlyWage: 8000, lateEarlyMinutes: [30], absentHalfDays: 1, absentFullDays: 1 });
    expect(result.lines.map((line) => line.wage)).toEqual([367.82, 735.63, 1103.45]);
    expect(result.wageDeduction).toBe(2206.9);
  });

  it('rounds half a cent up', () => {
    // 5 % of a 0.50 元 bonus is 2.5 分 → 3 分.
    expect(run({ performanceBonus: 0.5, lateEarlyMinutes: [1, 1, 1, 1] }).bonusDeduction).toBe(0.03);
    // 10 % of 0.05 元 is 0.5 分 → 1 分.
    expect(run({ performanceBonus: 0.05, lateEarlyMinutes: [16] }).bonusDeduction).toBe(0.01);
  });

  it('keeps cents exact at the largest accepted amounts', () => {
    // 1,000,000,000 × 3 × 31 ÷ 21.75 = 4,275,862,068.9655… 元.
    expect(run({ monthlyWage: 1e9, absentFullDays: 31 }).wageDeduction).toBe(4275862068.97);
  });
});

describe('termination thresholds (連續曠工超過3天或累計曠工超過5天)', () => {
  it('is not reached at exactly 5 days in the period', () => {
    expect(run({ priorAbsentDays: 5 }).terminationEligible).toBe(false);
    expect(run({ absentFullDays: 5 }).terminationEligible).toBe(false);
    expect(run({ priorAbsentDays: 4.5, absentHalfDays: 1 })).toMatchObject({ periodAbsentDays: 5, terminationEligible: false });
  });

  it('is reached once the period passes 5 days, half days and long lateness included', () => {
    expect(run({ absentFullDays: 6 }).terminationEligible).toBe(true);
    expect(run({ priorAbsentDays: 5, absentHalfDays: 1 })).toMatchObject({ periodAbsentDays: 5.5, terminationEligible: true });
    expect(run({ priorAbsentDays: 5, lateEarlyMinutes: [16] })).toMatchObject({
      terminationEligible: true,
      terminationBy: { streak: false, total: true },
    });
  });

  it('ignores minor lateness', () => {
    expect(run({ priorAbsentDays: 5, lateEarlyMinutes: [1, 2, 3, 4, 5] }).terminationEligible).toBe(false);
  });

  it('is reached when the longest streak passes 3 days, not at 3', () => {
    expect(run({ longestAbsenceStreakDays: 3 }).terminationEligible).toBe(false);
    expect(run({ longestAbsenceStreakDays: 3.5 })).toMatchObject({
      terminationEligible: true,
      terminationBy: { streak: true, total: false },
    });
  });

  it('judges by the period total alone when the streak is not known', () => {
    expect(run({ absentFullDays: 4 }).terminationEligible).toBe(false);
  });
});

describe('each line names and links its clause', () => {
  const result = run({ lateEarlyMinutes: [1, 2, 3, 4, 20], absentHalfDays: 1, absentFullDays: 3 });
  const hrefOf = (kind: string) => clauseHref(result.lines.find((line) => line.kind === kind)!.clause);

  it('links clause 2 for lateness and clause 3 for 曠工', () => {
    expect(hrefOf('minor-free')).toBe('/commercial-operations/s4/#c4-1-2');
    expect(hrefOf('minor-excess')).toBe('/commercial-operations/s4/#c4-1-2');
    expect(hrefOf('major-lateness')).toBe('/commercial-operations/s4/#c4-1-2');
    expect(hrefOf('absent-half-day')).toBe('/commercial-operations/s4/#c4-1-3');
    expect(hrefOf('absent-full-day')).toBe('/commercial-operations/s4/#c4-1-3');
  });

  it('links 考勤制度 as a whole for the bonus cap, which follows from both clauses', () => {
    expect(hrefOf('bonus-cap')).toBe('/commercial-operations/s4/#c4-1');
  });

  it('labels every line in Chinese', () => {
    for (const line of result.lines) {
      expect(hasChinese(line.label)).toBe(true);
      expect(hasChinese(line.clause.label)).toBe(true);
    }
  });
});

describe('legal warnings, shown and never applied', () => {
  it('warns when the wage deduction passes 20 % of the monthly wage, not at 20 % exactly', () => {
    // 20 % of 8,700 is 1,740: a day at 580 × 3 = 1,740; at 580.01 × 3 = 1,740.03.
    const atLimit = run({ dailyWage: 580, absentFullDays: 1 });
    expect(atLimit.wageDeduction).toBe(1740);
    expect(legalCapWarning(atLimit.warnings)).toBe(false);
    const over = run({ dailyWage: 580.01, absentFullDays: 1 });
    expect(legalCapWarning(over.warnings)).toBe(true);
    expect(over.wageDeduction).toBe(1740.03);
  });

  it('warns when pay after deductions falls below the minimum wage given, not when it equals it', () => {
    // 月工資 3,000, no bonus, daily 100: one day costs 300, leaving 2,700.
    const month = { monthlyWage: 3000, performanceBonus: 0, dailyWage: 100, absentFullDays: 1 };
    expect(minimumWageWarning(run({ ...month, minimumWage: 2700 }).warnings)).toBe(false);
    const below = run({ ...month, minimumWage: 2700.01 }).warnings;
    expect(minimumWageWarning(below)).toBe(true);
    expect(below.join()).toContain('2,700.00 元');
  });

  it('counts the bonus left after deductions as pay', () => {
    // 3,000 + 1,000 bonus; one day: 300 + 500 → 3,200 left.
    const month = { monthlyWage: 3000, performanceBonus: 1000, dailyWage: 100, absentFullDays: 1 };
    expect(minimumWageWarning(run({ ...month, minimumWage: 3200 }).warnings)).toBe(false);
    expect(minimumWageWarning(run({ ...month, minimumWage: 3200.01 }).warnings)).toBe(true);
  });

  it('does not check the minimum wage when none is given', () => {
    expect(minimumWageWarning(run({ monthlyWage: 3000, absentFullDays: 10 }).warnings)).toBe(false);
  });

  it('notes that a multiple of the daily wage is widely held unlawful, for half and full days', () => {
    expect(multipleWarning(run({ absentHalfDays: 1 }).warnings)).toBe(true);
    expect(multipleWarning(run({ absentFullDays: 1 }).warnings)).toBe(true);
    expect(run({ absentHalfDays: 1 }).warnings.join()).toContain('2 倍');
    expect(run({ absentFullDays: 1 }).warnings.join()).toContain('3 倍');
  });

  it('does not note it for lateness, which costs one day’s wage', () => {
    expect(multipleWarning(run({ lateEarlyMinutes: [16, 1, 2, 3, 4] }).warnings)).toBe(false);
  });

  it('never changes the figures', () => {
    const withWarnings = run({ absentFullDays: 2, minimumWage: 8000 });
    expect(withWarnings.warnings.length).toBe(3);
    expect(withWarnings.wageDeduction).toBe(2400);
  });
});

describe('rules passed in', () => {
  it('reads every number from the rules it is given', () => {
    const rules = {
      ...attendanceRules,
      payDaysPerMonth: 20,
      freeMinorEventsPerMonth: 0,
      absentHalfDay: { ...attendanceRules.absentHalfDay, dailyWageMultiple: 1, bonusPercent: 0 },
    };
    // 8,700 ÷ 20 = 435 a day; one minor event now costs 5 % (100); a half day 1 × 435.
    const result = computeAttendance({ ...base, lateEarlyMinutes: [5], absentHalfDays: 1 }, rules);
    expect(result).toMatchObject({ dailyWage: 435, wageDeduction: 435, bonusDeduction: 100 });
    expect(multipleWarning(result.warnings)).toBe(false);
  });
});

describe('input it cannot honour', () => {
  const amounts = ['monthlyWage', 'performanceBonus', 'dailyWage', 'minimumWage'] as const;

  it.each(amounts)('refuses a negative, NaN, infinite, huge or sub-cent %s', (field) => {
    for (const value of [-0.01, Number.NaN, Number.POSITIVE_INFINITY, 1e9 + 0.01, 100.005]) {
      const error = inputErrorOf(() => run({ [field]: value }));
      expect(error.field).toBe(field);
      expect(hasChinese(error.message)).toBe(true);
    }
  });

  it.each(amounts)('accepts %s up to 1,000,000,000 元 and two decimals', (field) => {
    expect(() => run({ [field]: 1e9 })).not.toThrow();
    expect(() => run({ [field]: 1234.56 })).not.toThrow();
  });

  it.each([
    ['absentHalfDays', 1.5],
    ['absentHalfDays', -1],
    ['absentHalfDays', 63],
    ['absentFullDays', 0.5],
    ['absentFullDays', -1],
    ['absentFullDays', 32],
    ['absentFullDays', Number.NaN],
    ['longestAbsenceStreakDays', -0.5],
    ['longestAbsenceStreakDays', 1.2],
    ['priorAbsentDays', -1],
    ['priorAbsentDays', 0.25],
    ['priorAbsentDays', 367],
  ] as const)('refuses %s = %s', (field, value) => {
    const error = inputErrorOf(() => run({ [field]: value }));
    expect(error.field).toBe(field);
    expect(hasChinese(error.message)).toBe(true);
  });

  it.each([[[0]], [[5, 0]], [[-3]], [[Number.NaN]], [[1441]], [Array(63).fill(5)]])(
    'refuses the minutes list %j',
    (minutes) => {
      const error = inputErrorOf(() => run({ lateEarlyMinutes: minutes }));
      expect(error.field).toBe('lateEarlyMinutes');
      expect(hasChinese(error.message)).toBe(true);
    },
  );

  it('names the bad entry of the minutes list', () => {
    expect(inputErrorOf(() => run({ lateEarlyMinutes: [5, 0] })).message).toContain('第 2 項');
  });

  it('refuses a missing required field', () => {
    const { monthlyWage: _omitted, ...rest } = base;
    const error = inputErrorOf(() => computeAttendance(rest as AttendanceInput));
    expect(error).toMatchObject({ field: 'monthlyWage', message: '請輸入月工資' });
  });
});
