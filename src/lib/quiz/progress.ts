import type { Progress, QuizResult } from './progress-codec.ts';
import { passes, percentOf } from './score.ts';

export type { Progress, QuizResult } from './progress-codec.ts';

/** Bump the version when the stored shape changes; data under an older key is simply not read. */
export const progressKey = 'policy-quiz:v1';
/** Fired on window after progress is saved, so other islands on the page can refresh. */
export const progressEvent = 'policy-quiz:progress';

export const emptyProgress = (): Progress => ({ version: 1, results: {} });

/** Count one attempt; the better score (ties: the later one) becomes the quiz's best. */
export function recordAttempt(progress: Progress, quizId: string, score: { correct: number; total: number }, date: string): Progress {
  const previous = progress.results[quizId];
  const attempts = (previous?.attempts ?? 0) + 1;
  const better = !previous || score.correct * previous.total >= previous.correct * score.total;
  const best = better ? { correct: score.correct, total: score.total, date } : previous;
  return { ...progress, results: { ...progress.results, [quizId]: { ...best, attempts } } };
}

/** Percent and pass status of a stored result, by the same rule as the quiz itself. */
export function resultSummary(result: QuizResult, passPercent: number): { percent: number; passed: boolean } {
  return { percent: percentOf(result.correct, result.total), passed: passes(result.correct, result.total, passPercent) };
}

/** YYYY-MM-DD in the trainee's own time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
