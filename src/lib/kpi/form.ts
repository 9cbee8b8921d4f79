import { InputError } from '../input-error.ts';
import { parseNumberInput, parseNumberList } from '../number.ts';
import type { KpiRules } from './rules.ts';
import { attempt } from './grade-form.ts';
import { gradeWith, type GradeResult } from './grade.ts';
import { scorecardErrors, weightedScore, type Direction, type ScorecardItem, type ScorecardResult } from './scorecard.ts';
import { checkScore, cleanScore } from './score.ts';
import { evaluateYearWith, monthsPerYear, type YearResult } from './year.ts';

/**
 * The KPI calculator's forms as typed (raw strings), read into numbers and evaluated. Each part reports its own
 * errors so the rest of the page keeps working; an empty field that nobody filled in yet is not an error.
 */

export { attempt, evaluateGradeForm, type GradeOutcome } from './grade-form.ts';

export interface ScorecardRowForm {
  name: string;
  weight: string;
  target: string;
  actual: string;
  direction: Direction;
  /** 達成率上限 in percent; empty means the default of 100 %. */
  cap: string;
}

export type ScorecardRowField = Exclude<keyof ScorecardRowForm, 'direction'>;
export type RowErrors = Partial<Record<ScorecardRowField | 'row', string>>;

export interface ScorecardOutcome {
  rows: RowErrors[];
  /** Weights do not sum to 100 (only said once every weight reads). */
  weightsError?: string;
  /** Sum of the weights that read, for the running 權重合計 line. */
  weightSum: number;
  result?: ScorecardResult;
}

const textFields: ScorecardRowField[] = ['name', 'weight', 'target', 'actual', 'cap'];

/** Percentages may be typed with a % sign: `30%`, `30 ％`. */
export function parsePercentInput(text: string, field: string, label?: string): number {
  return parseNumberInput(text.replace(/\s*[%％]\s*$/, ''), field, label);
}

const isBlankRow = (row: ScorecardRowForm) => textFields.every((f) => row[f].trim() === '');

/** Read every row, report every problem at once, and score the card when all of it reads. */
export function evaluateScorecardForm(rows: readonly ScorecardRowForm[]): ScorecardOutcome {
  const rowErrors: RowErrors[] = rows.map(() => ({}));
  const items: ScorecardItem[] = [];
  let weightSum = 0;
  rows.forEach((row, i) => {
    const errors = rowErrors[i]!;
    if (isBlankRow(row)) {
      errors.row = '這一列是空白的：請填寫指標或刪除此列';
      return;
    }
    const readNumber = (f: 'weight' | 'target' | 'actual', label: string) => {
      if (row[f].trim() === '') {
        errors[f] = `請輸入${label}`;
        return Number.NaN;
      }
      const read = attempt(() => (f === 'weight' ? parsePercentInput(row[f], f, label) : parseNumberInput(row[f], f, label)));
      errors[f] = read.error;
      return read.value ?? Number.NaN;
    };
    const weight = readNumber('weight', '權重');
    const target = readNumber('target', '目標值');
    const actual = readNumber('actual', '實際值');
    const capRead = row.cap.trim() === '' ? { value: undefined } : attempt(() => parsePercentInput(row.cap, 'cap', '達成率上限') / 100);
    errors.cap = capRead.error;
    if (Number.isFinite(weight)) weightSum += weight;
    items.push({ name: row.name, weight, target, actual, direction: row.direction, cap: capRead.error ? Number.NaN : capRead.value });
  });
  if (rows.length === 0) return { rows: [], weightSum: 0 };

  const outcome: ScorecardOutcome = { rows: rowErrors, weightSum: cleanScore(weightSum) };
  // `items` skips blank rows; map an item's index back to its row. A field that failed to read keeps its message.
  const indexOf = rows.map((_, i) => i).filter((i) => !isBlankRow(rows[i]!));
  for (const error of scorecardErrors(items)) {
    const match = /^items\[(\d+)\]\.(\w+)$/.exec(error.field);
    if (match) {
      const errors = rowErrors[indexOf[Number(match[1])]!]!;
      const key = match[2] as ScorecardRowField;
      errors[key] ??= error.message;
    } else if (error.field === 'weights') {
      outcome.weightsError = error.message;
    }
  }
  const clean = rowErrors.every((errors) => Object.values(errors).every((e) => e === undefined));
  if (clean && !outcome.weightsError) outcome.result = weightedScore(items);
  return outcome;
}

export interface MonthsOutcome {
  /** One message per month (index 0 = 1月) that cannot be used. */
  errors: (string | undefined)[];
  /** Each month's score where it reads, whatever the other months hold (for the table and the chart). */
  scores: (number | undefined)[];
  grades: (GradeResult | undefined)[];
  /** Months up to the last one filled in. */
  filled: number;
  /** The year view, once every month up to the last one filled in reads. */
  result?: YearResult;
}

/** The month table: months after the last one filled in are the rest of the year; a gap before it is an error. */
export function evaluateMonthsForm(months: readonly string[], rules: KpiRules): MonthsOutcome {
  const errors: (string | undefined)[] = months.map(() => undefined);
  const scores: (number | undefined)[] = months.map(() => undefined);
  let filled = 0;
  months.forEach((text, i) => {
    if (text.trim() !== '') filled = i + 1;
  });
  months.forEach((text, i) => {
    if (i >= monthsPerYear) {
      if (text.trim() !== '') errors[i] = `一年只有 ${monthsPerYear} 個月，請刪除第 ${i + 1} 個月`;
    } else if (text.trim() === '') {
      if (i < filled) errors[i] = '請輸入本月得分；年中尚未考核的月份請留在最後';
    } else {
      const field = `monthlyScores[${i}]`;
      const read = attempt(() => checkScore(parseNumberInput(text, field, '得分'), field, '得分'));
      errors[i] = read.error;
      scores[i] = read.value;
    }
  });
  const grades = scores.map((score) => (score === undefined ? undefined : gradeWith(score, rules)));
  const outcome: MonthsOutcome = { errors, scores, grades, filled };
  if (filled > 0 && errors.every((e) => e === undefined)) outcome.result = evaluateYearWith(scores.slice(0, filled) as number[], rules);
  return outcome;
}

/** A pasted list of monthly scores (`85, 90, 78` or one per line) → the twelve month fields. */
export function monthsFromList(text: string): string[] {
  const scores = parseNumberList(text, 'monthList');
  if (scores.length === 0) throw new InputError('monthList', '請輸入至少一個月的得分');
  if (scores.length > monthsPerYear) {
    throw new InputError('monthList', `一年最多 ${monthsPerYear} 個月，這裡有 ${scores.length} 個得分`);
  }
  return Array.from({ length: monthsPerYear }, (_, i) => (i < scores.length ? String(scores[i]) : ''));
}
