import { describe, expect, it } from 'vitest';
import { computeAttendanceWith } from '../../../src/lib/attendance/compute.ts';
import { dailyWageWorking, lineWorking } from '../../../src/lib/attendance/working.ts';
import { attendance10 } from '../../fixtures/rules/index.ts';

const month = { lateEarlyMinutes: [], absentHalfDays: 0, absentFullDays: 0 };

describe('the attendance working, so a hand check agrees to the cent', () => {
  it('shows 當天工資 as 月工資 ÷ 21.75', () => {
    const input = { ...month, monthlyWage: 8700, performanceBonus: 2000 };
    const result = computeAttendanceWith(input, attendance10);
    expect(dailyWageWorking(input, result, attendance10)).toBe('8,700.00 元 ÷ 21.75 = 400.00 元');
  });

  it('shows each line’s arithmetic with the unrounded daily wage: 3 × 3 × 229.885057… = 2,068.97', () => {
    const input = { ...month, monthlyWage: 5000, performanceBonus: 2000, absentFullDays: 3 };
    const result = computeAttendanceWith(input, attendance10);
    const line = result.lines.find((l) => l.kind === 'absent-full-day')!;
    const working = lineWorking(line, input, result);
    expect(working.wage).toBe('3 × 3 × 229.885057… 元 = 2,068.97 元');
    expect(working.bonus).toBe('3 × 50% × 2,000.00 元 = 3,000.00 元');
    // The shown factors reproduce the shown amount.
    expect(Math.round(3 * 3 * 229.885057 * 100) / 100).toBe(line.wage);
  });

  it('shows the typed daily wage when one is given', () => {
    const input = { ...month, monthlyWage: 5000, performanceBonus: 0, dailyWage: 250, absentHalfDays: 1 };
    const result = computeAttendanceWith(input, attendance10);
    expect(dailyWageWorking(input, result, attendance10)).toContain('依所填日工資');
    expect(lineWorking(result.lines[0]!, input, result).wage).toBe('1 × 2 × 250.00 元 = 500.00 元');
  });
});
