import { InputError } from '../input-error.ts';

/** A score the grading can honour: finite and not negative. Above 100 is over-achievement, not an error. */
export function checkScore(score: number, field = 'score', label = '績效得分'): number {
  if (typeof score !== 'number' || !Number.isFinite(score)) throw new InputError(field, `${label}必須是有效的數字`);
  if (score < 0) throw new InputError(field, `${label}不能為負數`);
  return score;
}

/** Drop binary noise (38.00000000000001) so a score that is exactly on a band edge grades as that band. */
export function cleanScore(score: number): number {
  return Number(score.toPrecision(12));
}
