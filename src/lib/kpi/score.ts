import { InputError } from '../input-error.ts';

/** Months in the year view (and in the KPI calculator's query keys). */
export const monthsPerYear = 12;

/**
 * Highest score accepted. Above 100 is over-achievement (優秀), but a scorecard caps each indicator at 200 %
 * at most, so a higher score is a typo (1200 for 120).
 */
export const maxScore = 200;

/** A score the grading can honour: finite, not negative, at most maxScore. */
export function checkScore(score: number, field = 'score', label = '績效得分'): number {
  if (typeof score !== 'number' || !Number.isFinite(score)) throw new InputError(field, `${label}必須是有效的數字`);
  if (score < 0) throw new InputError(field, `${label}不能為負數`);
  if (score > maxScore) throw new InputError(field, `${label}不能超過 ${maxScore} 分`);
  return score;
}

/** Drop binary noise (38.00000000000001) so a score that is exactly on a band edge grades as that band. */
export function cleanScore(score: number): number {
  return Number(score.toPrecision(12));
}
