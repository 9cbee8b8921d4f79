import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../../src/lib/quiz/progress-codec.ts';
import {
  emptyProgress,
  localDate,
  progressKey,
  recordAttempt,
  resultSummary,
  type Progress,
} from '../../../src/lib/quiz/progress.ts';
import { loadProgress, saveAttempt, type KeyValueStore } from '../../../src/lib/quiz/progress-store.ts';
import { hasStoredProgress } from '../../../src/lib/quiz/has-stored-progress.ts';

/** An in-memory localStorage. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const resultArb = fc
  .record({ total: fc.integer({ min: 1, max: 100 }), n: fc.nat(), attempts: fc.integer({ min: 1, max: 50 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ total, n, attempts, day }) => ({ correct: n % (total + 1), total, attempts, date: `2025-03-${String(day).padStart(2, '0')}` }));
const progressArb = fc
  .dictionary(fc.constantFrom('operating-model', 'home-operations', 'commercial-operations', 'operations-management', 'mixed'), resultArb)
  .map((results): Progress => ({ version: 1, results }));

describe('progress codec', () => {
  it('uses a versioned localStorage key', () => {
    expect(progressKey).toBe('policy-quiz:v1');
  });

  it('round-trips any valid progress', () => {
    fc.assert(
      fc.property(progressArb, (progress) => {
        expect(decodeProgress(encodeProgress(progress))).toEqual(progress);
      }),
    );
  });

  it.each([
    ['text that is not JSON', '{"version":1,"results":'],
    ['an older version', JSON.stringify({ version: 0, results: {} })],
    ['a bare array', '[1,2,3]'],
    ['null', 'null'],
    ['more right answers than questions', JSON.stringify({ version: 1, results: { mixed: { correct: 21, total: 20, date: '2025-03-01', attempts: 1 } } })],
    ['a negative score', JSON.stringify({ version: 1, results: { mixed: { correct: -1, total: 20, date: '2025-03-01', attempts: 1 } } })],
    ['a date that is not a date', JSON.stringify({ version: 1, results: { mixed: { correct: 1, total: 20, date: '<img src=x>', attempts: 1 } } })],
    ['a score given as text', JSON.stringify({ version: 1, results: { mixed: { correct: '18', total: 20, date: '2025-03-01', attempts: 1 } } })],
  ])('refuses %s', (_, text) => {
    expect(decodeProgress(text)).toBeUndefined();
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void decodeProgress(text)));
  });
});

describe('recordAttempt', () => {
  it('keeps the best score with its date and counts every attempt', () => {
    let progress = recordAttempt(emptyProgress(), 'commercial-operations', { correct: 20, total: 31 }, '2025-03-01');
    progress = recordAttempt(progress, 'commercial-operations', { correct: 27, total: 31 }, '2025-03-02');
    progress = recordAttempt(progress, 'commercial-operations', { correct: 22, total: 31 }, '2025-03-03');
    expect(progress.results['commercial-operations']).toEqual({ correct: 27, total: 31, date: '2025-03-02', attempts: 3 });
    expect(resultSummary(progress.results['commercial-operations'], 80)).toEqual({ percent: 87, passed: true });
  });

  it('compares scores as shares when the bank size changed', () => {
    let progress = recordAttempt(emptyProgress(), 'operating-model', { correct: 16, total: 20 }, '2025-03-01'); // 80 %
    progress = recordAttempt(progress, 'operating-model', { correct: 17, total: 22 }, '2025-03-02'); // 77 %
    expect(progress.results['operating-model']).toMatchObject({ correct: 16, total: 20, date: '2025-03-01' });
  });

  it('leaves the other quizzes alone', () => {
    const before = recordAttempt(emptyProgress(), 'mixed', { correct: 18, total: 20 }, '2025-03-01');
    const after = recordAttempt(before, 'home-operations', { correct: 10, total: 22 }, '2025-03-02');
    expect(after.results.mixed).toEqual(before.results.mixed);
    expect(before.results['home-operations']).toBeUndefined();
  });
});

describe('stored progress', () => {
  it('saves an attempt and reads it back', () => {
    const store = memoryStore();
    saveAttempt(store, 'mixed', { correct: 17, total: 20 }, '2025-03-05');
    expect(loadProgress(store).results.mixed).toEqual({ correct: 17, total: 20, date: '2025-03-05', attempts: 1 });
  });

  it('says whether anything is stored, so the decoder is fetched only then', () => {
    const store = memoryStore();
    expect(hasStoredProgress(store)).toBe(false);
    saveAttempt(store, 'mixed', { correct: 17, total: 20 }, '2025-03-05');
    expect(hasStoredProgress(store)).toBe(true);
    // Tampered text still counts: loadProgress must see it to remove it.
    expect(hasStoredProgress(memoryStore({ [progressKey]: 'garbage' }))).toBe(true);
  });

  it('quietly resets tampered data: empty progress, the bad entry removed', () => {
    const store = memoryStore({ [progressKey]: '{"version":1,"results":{"mixed":{"correct":999}}}', other: 'kept' });
    expect(loadProgress(store)).toEqual(emptyProgress());
    expect(store.data.has(progressKey)).toBe(false);
    expect(store.data.get('other')).toBe('kept');
  });

  it('starts afresh over tampered data when saving', () => {
    const store = memoryStore({ [progressKey]: 'garbage' });
    const progress = saveAttempt(store, 'mixed', { correct: 12, total: 20 }, '2025-03-05');
    expect(progress.results).toEqual({ mixed: { correct: 12, total: 20, date: '2025-03-05', attempts: 1 } });
    expect(decodeProgress(store.data.get(progressKey)!)).toEqual(progress);
  });

  it('behaves as empty when storage is blocked, and still returns the attempt', () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadProgress(blocked)).toEqual(emptyProgress());
    expect(loadProgress(undefined)).toEqual(emptyProgress());
    expect(hasStoredProgress(blocked)).toBe(false);
    expect(hasStoredProgress(undefined)).toBe(false);
    expect(saveAttempt(blocked, 'mixed', { correct: 20, total: 20 }, '2025-03-05').results.mixed?.correct).toBe(20);
  });
});

describe('localDate', () => {
  it('writes the local calendar date as YYYY-MM-DD', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDate(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });
});
