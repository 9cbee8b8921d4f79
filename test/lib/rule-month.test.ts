import { describe, expect, it } from 'vitest';
import { computeAttendanceWith } from '../../src/lib/attendance/compute.ts';
import { currentMonth, rulesForMonth, versionForMonth, versionText } from '../../src/lib/rule-month.ts';
import { attendanceVersions } from '../fixtures/rules/index.ts';
import { inputErrorOf } from '../support/input-error.ts';

const threeMinor = { monthlyWage: 8700, performanceBonus: 2000, lateEarlyMinutes: [5, 10, 15], absentHalfDays: 0, absentFullDays: 0 };

describe('試算月份: the version in force on the month’s last day', () => {
  it('applies 1.0 to December 2026 and 1.1 (2 free events, from 2027-01-01) to January 2027', () => {
    const december = versionForMonth(attendanceVersions, '2026-12');
    const january = versionForMonth(attendanceVersions, '2027-01');
    expect(december.version).toBe('1.0');
    expect(january.version).toBe('1.1');
    // Three minor events: free under 1.0, the third costs 5 % of the bonus under 1.1.
    expect(computeAttendanceWith(threeMinor, december.value).bonusDeduction).toBe(0);
    expect(computeAttendanceWith(threeMinor, january.value).bonusDeduction).toBe(100);
  });

  it('names the version applied', () => {
    expect(versionText(versionForMonth(attendanceVersions, '2027-03'))).toBe('版本 1.1，自 2027-01-01 起生效');
  });

  it('refuses a month it cannot read, in Chinese', () => {
    for (const month of ['', '2026-13', '2026/12', 'abc']) {
      const error = inputErrorOf(() => versionForMonth(attendanceVersions, month));
      expect(error.field).toBe('month');
      expect(error.message).toMatch(/試算月份/);
    }
  });

  it('defaults to this month in the reader’s time zone', () => {
    expect(currentMonth(new Date(2027, 0, 31, 23, 30))).toBe('2027-01');
  });

  it('gives a calculator the month’s rules, or the month’s error with the newest rules meanwhile', () => {
    const january = rulesForMonth(attendanceVersions, '2027-01');
    expect(january.version?.version).toBe('1.1');
    expect(january.rules).toBe(january.version?.value);
    expect(rulesForMonth(attendanceVersions, '2026-12').rules.freeMinorEventsPerMonth).not.toBe(january.rules.freeMinorEventsPerMonth);
    const unread = rulesForMonth(attendanceVersions, '2026/12');
    expect(unread.version).toBeUndefined();
    expect(unread.error).toMatch(/試算月份/);
    expect(unread.rules).toBe(attendanceVersions.at(-1)!.value);
  });
});
