import type { FieldValues } from '../url-state.ts';
import type { ScorecardRowForm } from './form.ts';
import type { MonthBonusForm } from './month-bonus.ts';
import { monthsPerYear } from './score.ts';
import { bonusKeys, monthKey, rowKey, rowKeys, rowNumbers } from './url-keys.ts';

/** Everything the KPI calculator's fields hold, as typed. */
export interface KpiFormState {
  score: string;
  base: string;
  rows: ScorecardRowForm[];
  /** Twelve entries, 1月 first. */
  months: string[];
  bonus: MonthBonusForm;
}

export { kpiUrlKeys, maxScorecardRows } from './url-keys.ts';

export const emptyRow = (name = '', weight = ''): ScorecardRowForm => ({ name, weight, target: '', actual: '', direction: 'higher', cap: '' });

export function emptyKpiForm(): KpiFormState {
  return { score: '', base: '', rows: [], months: Array(monthsPerYear).fill(''), bonus: { wage: '', late: '', half: '', full: '' } };
}

/** The state as query values; every known key is present so removed rows and cleared fields leave the URL. */
export function kpiFormToFields(state: KpiFormState): FieldValues {
  const values: FieldValues = { score: state.score, base: state.base };
  state.months.slice(0, monthsPerYear).forEach((m, i) => (values[monthKey(i)] = m));
  for (const n of rowNumbers) {
    const row = state.rows[n - 1];
    for (const field of Object.keys(rowKeys) as (keyof ScorecardRowForm)[]) {
      values[rowKey(n, field)] = !row || (field === 'direction' && row.direction === 'higher') ? '' : row[field];
    }
  }
  for (const [field, key] of Object.entries(bonusKeys)) values[key] = state.bonus[field as keyof MonthBonusForm];
  return values;
}

/** Rebuild the state from query values; rows with nothing in them are not restored. */
export function kpiFormFromFields(values: FieldValues): KpiFormState {
  const get = (key: string) => values[key] ?? '';
  const fields = Object.keys(rowKeys) as (keyof ScorecardRowForm)[];
  const rows = rowNumbers
    .filter((n) => fields.some((field) => get(rowKey(n, field)) !== ''))
    .map((n): ScorecardRowForm => ({
      name: get(rowKey(n, 'name')),
      weight: get(rowKey(n, 'weight')),
      target: get(rowKey(n, 'target')),
      actual: get(rowKey(n, 'actual')),
      direction: get(rowKey(n, 'direction')) === 'lower' ? 'lower' : 'higher',
      cap: get(rowKey(n, 'cap')),
    }));
  return {
    score: get('score'),
    base: get('base'),
    rows,
    months: Array.from({ length: monthsPerYear }, (_, i) => get(monthKey(i))),
    bonus: { wage: get(bonusKeys.wage), late: get(bonusKeys.late), half: get(bonusKeys.half), full: get(bonusKeys.full) },
  };
}
