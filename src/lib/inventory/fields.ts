import type { InventoryRules } from './rules.ts';
import { InputError } from '../input-error.ts';
import { moneyProblem } from '../money.ts';

export type { InventoryRules };

/** Largest stock or demand figure accepted: beyond it a number is a typo, and every result stays finite. */
export const maxUnits = 1e12;
/** Longest lead time (and lead-time deviation) accepted, in days: ten years. */
export const maxLeadDays = 3650;

/**
 * The reorder inputs, in form order. `label` is what the form and the CSV template show (SPEC wording);
 * `name` is the label without its unit, for messages. One table serves the island, the CSV batch and the
 * validation so a field cannot be labelled or checked two ways. `{days}` in a hint is the rules' daysPerYear.
 */
export const reorderFields = [
  { key: 'avgDailyDemand', label: '日均需求量', name: '日均需求量', required: true, rule: 'units', hint: '每天平均銷售或耗用的數量' },
  { key: 'demandStdDev', label: '需求標準差', name: '需求標準差', required: true, rule: 'units', hint: '日需求量的標準差' },
  { key: 'leadTimeDays', label: '採購提前期', name: '採購提前期', required: true, rule: 'days', hint: '天；下單到到貨' },
  { key: 'leadTimeStdDev', label: '提前期標準差', name: '提前期標準差', required: false, rule: 'days', hint: '天；空白視為 0（提前期固定）' },
  { key: 'serviceLevel', label: '服務水準 (%)', name: '服務水準', required: true, rule: 'serviceLevel', hint: '不缺貨的機率，50 以上、未滿 100，例如 95' },
  { key: 'orderCost', label: '每次訂貨成本', name: '每次訂貨成本', required: true, rule: 'money', hint: '元／次' },
  { key: 'holdingCostPerUnitYear', label: '單位年持有成本', name: '單位年持有成本', required: true, rule: 'money', hint: '元／件／年' },
  { key: 'annualDemand', label: '年需求量', name: '年需求量', required: false, rule: 'units', hint: '選填；空白時以日均需求量 × {days} 計' },
  { key: 'onHand', label: '現有庫存', name: '現有庫存', required: true, rule: 'units', hint: '倉內可用數量' },
  { key: 'onOrder', label: '在途數量', name: '在途數量', required: false, rule: 'units', hint: '已下單未到貨；空白視為 0' },
  { key: 'backorders', label: '缺貨待補', name: '缺貨待補', required: false, rule: 'units', hint: '已接單未出貨的欠量；空白視為 0' },
] as const;

export type ReorderFieldKey = (typeof reorderFields)[number]['key'];
export type ReorderField = (typeof reorderFields)[number];

export const reorderFieldByKey = Object.fromEntries(reorderFields.map((f) => [f.key, f])) as {
  [K in ReorderFieldKey]: Extract<ReorderField, { key: K }>;
};

/** A field's hint with the rules' numbers filled in. */
export const reorderHint = (field: ReorderField, rules: Pick<InventoryRules, 'daysPerYear'>) =>
  field.hint.replace('{days}', String(rules.daysPerYear));

const percent = (fraction: number) => `${Number((fraction * 100).toPrecision(12))}%`;

/** Why `value` is not acceptable for `key`, or undefined. Service level is a fraction (0.95). */
export function reorderFieldProblem(key: ReorderFieldKey, value: number, rules: InventoryRules): string | undefined {
  const field = reorderFieldByKey[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${field.name}必須是有限的數字`;
  switch (field.rule) {
    case 'units':
    case 'days': {
      if (value < 0) return `${field.name}不可為負數`;
      const max = field.rule === 'units' ? maxUnits : maxLeadDays;
      return value > max ? `${field.name}不能超過 ${max.toLocaleString('en-US')}${field.rule === 'days' ? ' 天' : ''}` : undefined;
    }
    case 'money':
      if (value === 0) return `${field.name}必須大於 0`;
      return moneyProblem(value, field.name);
    case 'serviceLevel': {
      const { serviceLevelMin: min, serviceLevelMaxExclusive: max } = rules;
      return value < min || value >= max
        ? `服務水準須介於 ${percent(min)} 與 ${percent(max)} 之間（含 ${percent(min)}，不含 ${percent(max)}）`
        : undefined;
    }
  }
}

/**
 * Throw an InputError unless `value` is acceptable for `key`. Service level is checked as a fraction
 * (0.95), the form and CSV take percent and divide by 100 before calling this.
 */
export function checkReorderFieldWith(key: ReorderFieldKey, value: number, rules: InventoryRules): void {
  const problem = reorderFieldProblem(key, value, rules);
  if (problem) throw new InputError(key, problem);
}
