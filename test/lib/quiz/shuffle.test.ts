import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawMixedTest, mixedTestSize } from '../../../src/lib/quiz/mixed.ts';
import type { Question } from '../../../src/lib/quiz/schema.ts';
import { isCorrect } from '../../../src/lib/quiz/score.ts';
import { arrangeQuiz } from '../../../src/lib/quiz/order.ts';
import { shuffleOptions, seededRandom } from '../../../src/lib/quiz/shuffle.ts';
import { loadBanks } from './content.ts';

const banks = loadBanks();
const real = banks.flatMap(({ bank }) => bank.questions);

/** Arbitrary well-formed questions with distinct option texts and ids. */
const questionArb = fc
  .record({
    type: fc.constantFrom('single', 'multiple', 'truefalse'),
    options: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 6 }),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  })
  .map(({ type, options, pick }): Question => {
    const opts = type === 'truefalse' ? ['正確', '錯誤'] : options;
    const indexes = [...new Set(pick.map((p) => p % opts.length))];
    const correct = type === 'multiple' ? indexes : [indexes[0]];
    return { id: '', type, prompt: '題目', options: opts, correct, explanation: '解說', source: 'c1-1' };
  });
const quizArb = fc.array(questionArb, { minLength: 1, maxLength: 30 }).map((qs) => qs.map((q, i) => ({ ...q, id: `q${i}` })));
const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 });

const answerTexts = (q: Question) => q.correct.map((i) => q.options[i]).sort();

describe('shuffling a quiz', () => {
  it('keeps the answer key right: each question keeps the same correct option texts', () => {
    fc.assert(
      fc.property(quizArb, seedArb, (quiz, seed) => {
        const byId = new Map(quiz.map((q) => [q.id, q]));
        for (const shown of arrangeQuiz(quiz, seed)) {
          const original = byId.get(shown.id)!;
          expect(answerTexts(shown)).toEqual(answerTexts(original));
          expect([...shown.options].sort()).toEqual([...original.options].sort());
        }
      }),
    );
  });

  it('keeps the answer key right: choosing the original right answers by text scores as correct', () => {
    fc.assert(
      fc.property(quizArb, seedArb, (quiz, seed) => {
        const byId = new Map(quiz.map((q) => [q.id, q]));
        for (const shown of arrangeQuiz(quiz, seed)) {
          const chosen = answerTexts(byId.get(shown.id)!).map((text) => shown.options.indexOf(text));
          expect(isCorrect(shown, chosen)).toBe(true);
        }
      }),
    );
  });

  it('shows every question exactly once', () => {
    fc.assert(
      fc.property(quizArb, seedArb, (quiz, seed) => {
        expect(arrangeQuiz(quiz, seed).map((q) => q.id).sort()).toEqual(quiz.map((q) => q.id).sort());
      }),
    );
  });

  it('gives the same order for the same seed (the server render and the browser agree)', () => {
    fc.assert(
      fc.property(quizArb, seedArb, (quiz, seed) => {
        expect(arrangeQuiz(quiz, seed)).toEqual(arrangeQuiz(quiz, seed));
      }),
    );
  });

  it('keeps 正確 before 錯誤 in true/false questions', () => {
    fc.assert(
      fc.property(quizArb, seedArb, (quiz, seed) => {
        for (const q of arrangeQuiz(quiz, seed).filter((q) => q.type === 'truefalse')) expect(q.options).toEqual(['正確', '錯誤']);
      }),
    );
  });

  it('shows the questions as written when no seed is given', () => {
    expect(arrangeQuiz(real)).toEqual(real);
  });

  it('actually reorders: a new seed changes the order of the real questions or of their options', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(arrangeQuiz(real, seed))));
    expect(orders.size).toBe(5);
    const q = real.find((q) => q.options.length >= 4)!;
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => shuffleOptions(q, seededRandom(seed)).options[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });
});

describe('the mixed test', () => {
  it(`draws ${mixedTestSize} different questions from all regulations`, () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const drawn = drawMixedTest(real, seed);
        expect(drawn).toHaveLength(mixedTestSize);
        expect(new Set(drawn.map((q) => q.id)).size).toBe(mixedTestSize);
        for (const q of drawn) expect(real.some((r) => r.id === q.id)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('takes every question when fewer than 20 exist', () => {
    expect(drawMixedTest(real.slice(0, 7), 42)).toHaveLength(7);
  });

  it('reaches questions of every regulation over a few draws', () => {
    const regulationOf = new Map(banks.flatMap(({ bank }) => bank.questions.map((q) => [q.id, bank.regulation])));
    const seen = new Set([1, 2, 3, 4, 5].flatMap((seed) => drawMixedTest(real, seed).map((q) => regulationOf.get(q.id))));
    expect(seen.size).toBe(banks.length);
  });
});
