import { InputError } from '../input-error.ts';
import { cleanScore } from './score.ts';

export type Direction = 'higher' | 'lower';

export interface ScorecardItem {
  name: string;
  /** Percentage of the total score; all weights sum to 100. */
  weight: number;
  /** Must be > 0: achievement is a ratio to it. */
  target: number;
  actual: number;
  /** 'higher': more is better (銷售增長率); 'lower': less is better (e.g. 投訴次數). */
  direction: Direction;
  /** Highest achievement ratio counted for this item; overrides the scorecard's cap. */
  cap?: number;
}

export interface ScorecardOptions {
  /** Highest achievement ratio counted (1 = 100 %); over-achievement above it earns nothing more. */
  cap?: number;
}

export interface ScoredItem {
  name: string;
  weight: number;
  /** actual/target (higher) or target/actual (lower), before the cap. */
  achievement: number;
  /** Achievement after the cap, the ratio that counts. */
  counted: number;
  /** weight × counted: this item's share of the total score. */
  points: number;
}

export interface ScorecardResult {
  total: number;
  items: ScoredItem[];
}

/** Weights are typed as percentages and may carry decimals (33.3 + 33.3 + 33.4); allow float noise only. */
const weightTolerance = 1e-6;
export const defaultAchievementCap = 1;

const field = (i: number, key: string) => `items[${i}].${key}`;

function finite(value: number, name: string, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(name, `${label}必須是有效的數字`);
  return value;
}

/** Highest achievement cap (200 %), so a total stays within the scores the grading accepts (maxScore). */
export const maxAchievementCap = 2;
/** Targets and actual values beyond this are typos; it also keeps every ratio finite. */
export const maxIndicatorValue = 1e12;

function checkCap(cap: number, name: string): number {
  finite(cap, name, '達成率上限');
  if (cap <= 0) throw new InputError(name, '達成率上限必須大於 0');
  if (cap > maxAchievementCap) throw new InputError(name, `達成率上限不能超過 ${maxAchievementCap * 100}%`);
  return cap;
}

function notAbove(value: number, name: string, label: string): void {
  if (value > maxIndicatorValue) throw new InputError(name, `${label}不能超過 ${maxIndicatorValue.toLocaleString('en-US')}`);
}

/** The achievement ratio of one indicator, uncapped. Lower-is-better at 0 (no complaints) is unbounded. */
function achievementOf(item: ScorecardItem): number {
  if (item.direction === 'lower') return item.actual === 0 ? Number.POSITIVE_INFINITY : item.target / item.actual;
  return item.actual / item.target;
}

/** Every problem with a scorecard at once (the form marks them all); the weight sum only once every weight reads. */
export function scorecardErrors(items: readonly ScorecardItem[], options: ScorecardOptions = {}): InputError[] {
  if (!Array.isArray(items) || items.length === 0) return [new InputError('items', '請至少加入一項指標')];
  const errors: InputError[] = [];
  const collect = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  };
  collect(() => checkCap(options.cap ?? defaultAchievementCap, 'cap'));
  items.forEach((item, i) => {
    if (typeof item.name !== 'string' || item.name.trim() === '') errors.push(new InputError(field(i, 'name'), '請輸入指標名稱'));
    collect(() => {
      finite(item.weight, field(i, 'weight'), '權重');
      if (item.weight <= 0) throw new InputError(field(i, 'weight'), '權重必須大於 0');
      if (item.weight > 100) throw new InputError(field(i, 'weight'), '權重不能超過 100%');
    });
    collect(() => {
      finite(item.target, field(i, 'target'), '目標值');
      if (item.target <= 0) throw new InputError(field(i, 'target'), '目標值必須大於 0');
      notAbove(item.target, field(i, 'target'), '目標值');
    });
    collect(() => {
      finite(item.actual, field(i, 'actual'), '實際值');
      if (item.actual < 0) throw new InputError(field(i, 'actual'), '實際值不能為負數');
      notAbove(item.actual, field(i, 'actual'), '實際值');
    });
    if (item.direction !== 'higher' && item.direction !== 'lower') {
      errors.push(new InputError(field(i, 'direction'), '請選擇「越高越好」或「越低越好」'));
    }
    if (item.cap !== undefined) collect(() => checkCap(item.cap!, field(i, 'cap')));
  });
  if (items.every((item) => Number.isFinite(item.weight))) {
    const weightSum = cleanScore(items.reduce((sum, item) => sum + item.weight, 0));
    if (Math.abs(weightSum - 100) > weightTolerance) {
      errors.push(new InputError('weights', `各項權重合計為 ${weightSum}%，必須等於 100%`));
    }
  }
  return errors;
}

/** KPI scorecard: Σ weight × min(achievement, cap), on the 0–100 scale the grades use (more with a cap above 1). */
export function weightedScore(items: readonly ScorecardItem[], options: ScorecardOptions = {}): ScorecardResult {
  const [firstError] = scorecardErrors(items, options);
  if (firstError) throw firstError;
  const scorecardCap = options.cap ?? defaultAchievementCap;
  const scored = items.map((item): ScoredItem => {
    const achievement = achievementOf(item);
    const counted = Math.min(achievement, item.cap ?? scorecardCap);
    return { name: item.name.trim(), weight: item.weight, achievement, counted, points: cleanScore(item.weight * counted) };
  });
  const total = cleanScore(items.reduce((sum, item, i) => sum + item.weight * scored[i]!.counted, 0));
  return { total, items: scored };
}
