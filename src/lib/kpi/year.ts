import { InputError } from '../input-error.ts';
import type { KpiRules } from './rules.ts';
import { gradeWith, type GradeResult } from './grade.ts';
import { checkScore, cleanScore } from './score.ts';

export { monthsPerYear } from './score.ts';
import { monthsPerYear } from './score.ts';

export interface YearResult extends GradeResult {
  /** Mean of the months given, not rounded to a display precision; graded as is. */
  average: number;
  months: GradeResult[];
  /** Longest run of consecutive 不合格 months. */
  failStreakMax: number;
  /** 1-based months that belong to a 不合格 run long enough for the alert. */
  alertMonths: number[];
  /** 連續兩個月考核不合格的，公司有權進行崗位調整或解除勞動合同. */
  consecutiveFailAlert: boolean;
}

/** The year view: 1–12 monthly scores in month order → average, its grade, and the consecutive-fail alert. */
export function evaluateYearWith(monthlyScores: readonly number[], rules: KpiRules): YearResult {
  if (!Array.isArray(monthlyScores) || monthlyScores.length === 0) {
    throw new InputError('monthlyScores', '請至少輸入一個月的績效得分');
  }
  if (monthlyScores.length > monthsPerYear) {
    throw new InputError('monthlyScores', `一年最多 ${monthsPerYear} 個月，目前有 ${monthlyScores.length} 個月`);
  }
  monthlyScores.forEach((score, i) => checkScore(score, `monthlyScores[${i}]`, `第 ${i + 1} 個月的績效得分`));

  const months = monthlyScores.map((score) => gradeWith(score, rules));
  const failGrade = rules.bands[rules.bands.length - 1]!.grade;
  const alertMonths: number[] = [];
  let failStreakMax = 0;
  let run = 0;
  months.forEach((month, i) => {
    run = month.grade === failGrade ? run + 1 : 0;
    failStreakMax = Math.max(failStreakMax, run);
    if (run === rules.failStreakAlert) for (let m = i - run + 2; m <= i + 1; m++) alertMonths.push(m);
    else if (run > rules.failStreakAlert) alertMonths.push(i + 1);
  });

  const average = cleanScore(monthlyScores.reduce((sum, s) => sum + s, 0) / monthlyScores.length);
  return {
    ...gradeWith(average, rules),
    average,
    months,
    failStreakMax,
    alertMonths,
    consecutiveFailAlert: failStreakMax >= rules.failStreakAlert,
  };
}
