/**
 * KPI grade and bonus (商業運營全套管理制度 績效考核制度第3條): grading, payout, the year view and the scorecard.
 * The modules under ./kpi/ take the rules as an argument; the one-argument calls here apply the rules as first
 * imported (version 1.0). Islands import ./kpi/ directly, so the live rules never end up in their JavaScript.
 */
import { kpiRules } from './kpi/first-edition.ts';
import type { KpiRules } from './kpi/rules.ts';
import { bonusPayoutWith, gradeWith, type GradeResult } from './kpi/grade.ts';
import { evaluateYearWith, type YearResult } from './kpi/year.ts';

export { gradeWith, bonusPayoutWith, type GradeResult } from './kpi/grade.ts';
export { evaluateYearWith, monthsPerYear, type YearResult } from './kpi/year.ts';
export {
  weightedScore,
  scorecardErrors,
  defaultAchievementCap,
  type Direction,
  type ScorecardItem,
  type ScorecardOptions,
  type ScoredItem,
  type ScorecardResult,
} from './kpi/scorecard.ts';

/** 績效考核制度第3條: the band a score falls in. Bands are half-open, so 89.99 is 良好 and 90 is 優秀. */
export const gradeFor = (score: number, rules: KpiRules = kpiRules): GradeResult => gradeWith(score, rules);

/** 當月績效獎金 = 基數 × 發放係數, in yuan rounded half-up to the cent. */
export const bonusPayout = (baseBonus: number, score: number, rules: KpiRules = kpiRules): number =>
  bonusPayoutWith(baseBonus, score, rules);

/** The year view: 1–12 monthly scores in month order → average, its grade, and the consecutive-fail alert. */
export const evaluateYear = (monthlyScores: readonly number[], rules: KpiRules = kpiRules): YearResult =>
  evaluateYearWith(monthlyScores, rules);
