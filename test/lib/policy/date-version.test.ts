import { describe, expect, it } from 'vitest';
import { formatDate, isCalendarDate, todayIn } from '../../../src/lib/policy/date.ts';
import { compareVersions } from '../../../src/lib/policy/version.ts';

describe('dates as HR writes them', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const text of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '2026/01/05', '26-01-05', '']) {
      expect(isCalendarDate(text), text).toBe(false);
    }
  });

  it("takes today in the company's time zone: 00:30 in Shanghai is already the next day", () => {
    const instant = new Date('2026-11-25T16:30:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-26');
    expect(todayIn('UTC', instant)).toBe('2026-11-25');
    // Formatters are reused per zone: asking again after another zone still answers for the zone asked.
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-26');
    expect(todayIn('Asia/Shanghai', new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
  });

  it('shows dates the Chinese way, without leading zeros', () => {
    expect(formatDate('2026-01-05')).toBe('2026年1月5日');
  });
});

describe('version order', () => {
  it('compares each part as a number', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '1.12')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2.1')).toBeLessThan(0);
    expect(compareVersions('1.2.0', '1.2')).toBe(0);
  });
});
