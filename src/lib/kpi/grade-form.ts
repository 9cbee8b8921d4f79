import type { KpiRules } from './rules.ts';
import { InputError } from '../input-error.ts';
import { parseNumberInput } from '../number.ts';
import { baseBonusProblem, bonusPayoutWith, gradeWith, type GradeResult } from './grade.ts';
import { checkScore } from './score.ts';

/**
 * The KPI calculator's first part as typed: 績效得分 and 績效獎金基數. Kept apart from ./form.ts (scorecard,
 * months), which the calculator loads only when those parts are opened.
 */

/** Run `read`; an InputError becomes its message, anything else is a bug and is rethrown. */
export function attempt<T>(read: () => T): { value?: T; error?: string } {
  try {
    return { value: read() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message };
  }
}

export interface GradeOutcome {
  errors: { score?: string; base?: string };
  score?: number;
  grade?: GradeResult;
  base?: number;
  /** 基數 × 係數, when both fields read. */
  payout?: number;
}

/** 績效得分 and 績效獎金基數 → grade, coefficient and payout, as far as the fields allow. */
export function evaluateGradeForm(scoreText: string, baseText: string, rules: KpiRules): GradeOutcome {
  const outcome: GradeOutcome = { errors: {} };
  if (scoreText.trim() !== '') {
    const read = attempt(() => checkScore(parseNumberInput(scoreText, 'score', '績效得分')));
    outcome.errors.score = read.error;
    if (read.value !== undefined) {
      outcome.score = read.value;
      outcome.grade = gradeWith(read.value, rules);
    }
  }
  if (baseText.trim() !== '') {
    const read = attempt(() => {
      const base = parseNumberInput(baseText, 'baseBonus', '績效獎金基數');
      const problem = baseBonusProblem(base);
      if (problem) throw new InputError('baseBonus', problem);
      return base;
    });
    outcome.errors.base = read.error;
    outcome.base = read.value;
  }
  if (outcome.score !== undefined && outcome.base !== undefined) outcome.payout = bonusPayoutWith(outcome.base, outcome.score, rules);
  return outcome;
}

