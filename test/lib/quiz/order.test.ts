import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawMixedTest, mixedFirstSeed } from '../../../src/lib/quiz/mixed.ts';
import { answerPositions, largestAnswerShare, maxAnswerShare, orderOptions } from '../../../src/lib/quiz/order.ts';
import { loadBanks } from './content.ts';

/** As the build orders them (src/components/quiz/load.ts): each bank's options in their seeded order. */
const banks = loadBanks().map(({ bank }) => ({ regulation: bank.regulation, questions: orderOptions(bank.questions) }));
const all = banks.flatMap((bank) => bank.questions);
const share = (n: number) => `${Math.round(n * 100)} %`;

describe('where the right answers sit as first shown', () => {
  it.each(banks.map((bank) => [bank.regulation, bank.questions] as const))(
    `%s: no option position holds more than ${share(maxAnswerShare)} of the right answers`,
    (_, questions) => {
      expect(largestAnswerShare(questions), `right answers per position: ${answerPositions(questions).join(', ')}`).toBeLessThanOrEqual(maxAnswerShare);
    },
  );

  it('the mixed test: the first draw and every retry spread the right answers too', () => {
    expect(largestAnswerShare(drawMixedTest(all, mixedFirstSeed))).toBeLessThanOrEqual(maxAnswerShare);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(largestAnswerShare(drawMixedTest(all, seed))).toBeLessThanOrEqual(maxAnswerShare);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each question\'s key and option texts, and the same bank always gets the same order', () => {
    const original = new Map(loadBanks().flatMap(({ bank }) => bank.questions.map((q) => [q.id, q])));
    for (const q of all) {
      const before = original.get(q.id)!;
      expect([...q.options].sort()).toEqual([...before.options].sort());
      expect(q.correct.map((i) => q.options[i]).sort()).toEqual(before.correct.map((i) => before.options[i]).sort());
    }
    expect(loadBanks().flatMap(({ bank }) => orderOptions(bank.questions))).toEqual(all);
  });

  it('a retry (another salt) changes the order of some options', () => {
    const retried = orderOptions(all, 7);
    expect(retried.some((q, i) => q.options.join('|') !== all[i]!.options.join('|'))).toBe(true);
  });
});
