import type { ClauseRef } from '../clause.ts';
import { InputError } from '../input-error.ts';
import { centsToYuan, roundCents } from '../money.ts';
import { kpiRules, type KpiGrade, type KpiRules } from '../../data/rules/kpi.ts';
import { checkScore } from './score.ts';

export interface GradeResult {
  grade: KpiGrade;
  coefficient: number;
  /** The clause 3 item stating this band. */
  clause: ClauseRef;
}

/** 績效考核制度第3條: the band a score falls in. Bands are half-open, so 89.99 is 良好 and 90 is 優秀. */
export function gradeFor(score: number, rules: KpiRules = kpiRules): GradeResult {
  checkScore(score);
  const band = rules.bands.find((b) => score >= b.minScore) ?? rules.bands[rules.bands.length - 1]!;
  return { grade: band.grade, coefficient: band.coefficient, clause: band.clause };
}

/** 當月績效獎金 = 基數 × 發放系數, in yuan rounded half-up to the cent. */
export function bonusPayout(baseBonus: number, score: number, rules: KpiRules = kpiRules): number {
  if (typeof baseBonus !== 'number' || !Number.isFinite(baseBonus)) throw new InputError('baseBonus', '績效獎金基數必須是有效的數字');
  if (baseBonus < 0) throw new InputError('baseBonus', '績效獎金基數不能為負數');
  const { coefficient } = gradeFor(score, rules);
  return centsToYuan(roundCents(baseBonus * 100 * coefficient));
}
