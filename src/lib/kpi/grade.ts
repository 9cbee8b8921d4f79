import type { ClauseRef } from '../clause.ts';
import { InputError } from '../input-error.ts';
import { centsToYuan, moneyProblem, roundCents } from '../money.ts';
import type { KpiGrade, KpiRules } from './rules.ts';
import { checkScore } from './score.ts';

export interface GradeResult {
  grade: KpiGrade;
  coefficient: number;
  /** The clause 3 item stating this band. */
  clause: ClauseRef;
}

/** 績效考核制度第3條 under `rules`: the band a score falls in. Bands are half-open, so 89.99 is 良好 and 90 is 優秀. */
export function gradeWith(score: number, rules: KpiRules): GradeResult {
  checkScore(score);
  const band = rules.bands.find((b) => score >= b.minScore) ?? rules.bands[rules.bands.length - 1]!;
  return { grade: band.grade, coefficient: band.coefficient, clause: band.clause };
}

/** Why a 績效獎金基數 cannot be used (money: finite, ≥ 0, ≤ 10^9, whole cents), or undefined. */
export const baseBonusProblem = (baseBonus: number) => moneyProblem(baseBonus, '績效獎金基數');

/** 當月績效獎金 = 基數 × 發放係數 under `rules`, in yuan rounded half-up to the cent. */
export function bonusPayoutWith(baseBonus: number, score: number, rules: KpiRules): number {
  const problem = baseBonusProblem(baseBonus);
  if (problem) throw new InputError('baseBonus', problem);
  const { coefficient } = gradeWith(score, rules);
  return centsToYuan(roundCents(baseBonus * 100 * coefficient));
}
