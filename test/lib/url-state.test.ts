import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/lib/url-state.ts';

const keys = ['avgDailyDemand', 'onHand', 'onOrder'];
const example = { avgDailyDemand: '20', onHand: '220', onOrder: '' };

describe('share links carry exactly what was on screen', () => {
  it('start from the example when the link names none of the keys', () => {
    expect(readUrlState('?other=1', keys, example)).toEqual(example);
  });

  it('fill only what the link names: ?onHand=50 leaves the other fields empty', () => {
    expect(readUrlState('?onHand=50', keys, example)).toEqual({ avgDailyDemand: '', onHand: '50', onOrder: '' });
  });

  it('keep a cleared field cleared: the recipient does not get the example back', () => {
    const screen = { ...example, avgDailyDemand: '' };
    const query = writeUrlState('', screen, example);
    expect(readUrlState(query, keys, example)).toEqual(screen);
  });

  it('round-trip every screen, and leave other calculators’ keys alone', () => {
    const text = fc.oneof(fc.constant(''), fc.constant('20'), fc.string());
    fc.assert(
      fc.property(fc.record({ avgDailyDemand: text, onHand: text, onOrder: text }), (screen) => {
        const query = writeUrlState('?score=85', screen, example);
        expect(new URLSearchParams(query).get('score')).toBe('85');
        const read = readUrlState(query, keys, example);
        for (const key of keys) expect(read[key]!.trim()).toBe(screen[key as keyof typeof screen].trim());
      }),
    );
  });

  it('write nothing while the screen is the start, and keep kept keys (試算月份) when a link omits them', () => {
    expect(writeUrlState('', example, example)).toBe('');
    expect(readUrlState('?onHand=5', [...keys, 'month'], { ...example, month: '2026-12' }, ['month']).month).toBe('2026-12');
  });
});
