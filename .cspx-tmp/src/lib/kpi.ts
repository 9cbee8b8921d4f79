/** KPI grade and bonus (商業運營全套管理制度 績效考核制度第3條): grading, payout, the year view and the scorecard. */
export { gradeFor, bonusPayout, type GradeResult } from './kpi/grade.ts';
export { evaluateYear, monthsPerYear, type YearResult } from './kpi/year.ts';
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
