import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../src/lib/inventory/format.ts';
import { sawtooth } from '../../../src/lib/inventory/sawtooth.ts';

describe('sawtooth: the stock picture over two cycles', () => {
  // d = 8/day, EOQ 292 → a delivery every 292 ÷ 8 = 36.5 days; stock swings between SS 20 and 20 + 292 = 312.
  it('falls from safety stock + EOQ to safety stock, with an order a lead time before each delivery', () => {
    expect(sawtooth({ avgDailyDemand: 8, leadTimeDays: 9 }, { safetyStock: 20, eoq: 292 })).toEqual({
      cycleDays: 36.5,
      peak: 312,
      trough: 20,
      points: [[0, 312], [36.5, 20], [36.5, 312], [73, 20]],
      orderDays: [27.5, 64], // 36.5 − 9 and 73 − 9
    });
  });

  it('with a lead time longer than a cycle, shows the orders placed within the window for later deliveries', () => {
    // deliveries at 36.5, 73, 109.5 …; 40 days earlier: −3.5 (before the window), 33, 69.5
    expect(sawtooth({ avgDailyDemand: 8, leadTimeDays: 40 }, { safetyStock: 20, eoq: 292 })?.orderDays).toEqual([33, 69.5]);
  });

  it('has nothing to draw when nothing is used or ordered', () => {
    expect(sawtooth({ avgDailyDemand: 0, leadTimeDays: 9 }, { safetyStock: 0, eoq: 0 })).toBeUndefined();
    expect(sawtooth({ avgDailyDemand: 8, leadTimeDays: 9 }, { safetyStock: 20, eoq: 0 })).toBeUndefined();
  });
});

describe('formatQuantity', () => {
  it('groups thousands, keeps at most two decimals and never shows -0', () => {
    expect(formatQuantity(12345.678)).toBe('12,345.68');
    expect(formatQuantity(300)).toBe('300');
    expect(formatQuantity(1.6448536269514722, 4)).toBe('1.6449');
    expect(formatQuantity(-0.001)).toBe('0');
  });
});
