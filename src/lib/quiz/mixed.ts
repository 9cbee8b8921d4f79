import type { Question } from './schema.ts';
import { arrangeQuiz } from './order.ts';

/** The hub's mixed test draws this many questions from all regulations. */
export const mixedTestSize = 20;
export const mixedQuizId = 'mixed';
/** The mixed test's first draw: fixed, so the server render and the hydrated island agree; retries draw at random. */
export const mixedFirstSeed = 1;

/** A fresh mixed test: 20 questions (or all, if fewer) drawn across every bank, options shuffled too. */
export function drawMixedTest<Q extends Question>(questions: readonly Q[], seed: number): Q[] {
  return arrangeQuiz(questions, seed, mixedTestSize);
}
