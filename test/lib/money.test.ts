import { describe, expect, it } from 'vitest';
import { formatYuan, maxMoney, moneyProblem } from '../../src/lib/money.ts';

describe('moneyProblem: whole cents, with the same bounds everywhere', () => {
  it.each([0, 0.01, 8700, 1234567.89, maxMoney])('accepts %s', (yuan) => {
    expect(moneyProblem(yuan, '月工資')).toBeUndefined();
  });

  it.each([
    [1000.004, '小數點後兩位'],
    [333.335, '小數點後兩位'],
    [maxMoney + 0.01, '不能超過'],
    [Number('15' + '0'.repeat(306)), '不能超過'],
    [-1, '負數'],
    [Number.NaN, '有效的數字'],
    [Number.POSITIVE_INFINITY, '有效的數字'],
  ])('refuses %s (%s), naming the field', (yuan, reason) => {
    const problem = moneyProblem(yuan, '績效獎金基數');
    expect(problem).toContain('績效獎金基數');
    expect(problem).toContain(reason);
  });
});

describe('formatYuan', () => {
  it('never shows ∞ or NaN: a figure that is not finite is a bug, not a display', () => {
    expect(() => formatYuan(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
    expect(formatYuan(1500)).toBe('1,500.00 元');
  });
});
