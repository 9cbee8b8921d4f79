import type { Question } from './schema.ts';

/** Said wherever the pass mark is shown: it is the site's training rule (content/quizzes/settings.yaml). */
export const passMarkNote = '及格標準是本站培訓的規定，並非規章條文的要求';

/** Exactly the correct options and no other: a partial answer to a multiple-choice question is wrong. */
export function isCorrect(question: Pick<Question, 'correct'>, selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  return chosen.size === question.correct.length && question.correct.every((index) => chosen.has(index));
}

/** Whole percent, rounded down so that a shown 80 % always means a pass. */
export function percentOf(correct: number, total: number): number {
  return total > 0 ? Math.floor((correct * 100) / total) : 0;
}

/**
 * `passPercent` is the pass mark HR sets in content/quizzes/settings.yaml. Integer arithmetic, so at 80 % 16 of
 * 20 passes and 31 of 39 (79.49 %) does not.
 */
export function passes(correct: number, total: number, passPercent: number): boolean {
  return total > 0 && correct * 100 >= passPercent * total;
}

export interface QuizScore {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
}

/** Score a set of questions; `answers` maps question id → selected option indexes (unanswered counts as wrong). */
export function scoreQuiz(
  questions: readonly Pick<Question, 'id' | 'correct'>[],
  answers: Readonly<Record<string, readonly number[]>>,
  passPercent: number,
): QuizScore {
  const correct = questions.filter((q) => isCorrect(q, answers[q.id] ?? [])).length;
  const total = questions.length;
  return { correct, total, percent: percentOf(correct, total), passed: passes(correct, total, passPercent) };
}
