import type { ScorecardRowForm } from './form.ts';
import type { MonthBonusForm } from './month-bonus.ts';
import { monthsPerYear } from './score.ts';

/**
 * The KPI calculator's URL query keys, apart from ./form-state.ts so the island can list them without the
 * conversions, which load with the scorecard. Short, and distinct from the attendance calculator's, which may
 * share the page's query. Scorecard rows are r{n}{field}; an absent direction means higher-is-better.
 */
export const maxScorecardRows = 10;

export const rowKeys = { name: 'n', weight: 'w', target: 't', actual: 'a', direction: 'd', cap: 'c' } as const satisfies Record<keyof ScorecardRowForm, string>;
export const bonusKeys = { wage: 'bw', late: 'bl', half: 'bh', full: 'bf' } as const satisfies Record<keyof MonthBonusForm, string>;
export const rowNumbers = Array.from({ length: maxScorecardRows }, (_, i) => i + 1);
export const monthKey = (i: number) => `m${i + 1}`;
export const rowKey = (n: number, field: keyof ScorecardRowForm) => `r${n}${rowKeys[field]}`;

/** The keys of the scorecard, the year view and 當月獎金. */
export const kpiMoreKeys: readonly string[] = [
  ...Array.from({ length: monthsPerYear }, (_, i) => monthKey(i)),
  ...rowNumbers.flatMap((n) => (Object.keys(rowKeys) as (keyof ScorecardRowForm)[]).map((f) => rowKey(n, f))),
  ...Object.values(bonusKeys),
];

export const kpiUrlKeys: readonly string[] = ['score', 'base', ...kpiMoreKeys];
