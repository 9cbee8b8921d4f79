import { InputError } from '../input-error.ts';
import { inventoryRules } from '../../data/rules/inventory.ts';

/**
 * The reorder inputs, in form order. `label` is what the form and the CSV template show (SPEC wording);
 * `name` is the label without its unit, for messages. One table serves the island, the CSV batch and the
 * validation so a field cannot be labelled or checked two ways.
 */
export const reorderFields = [
  { key: 'avgDailyDemand', label: '日均需求量', name: '日均需求量', required: true, rule: 'nonNegative', hint: '每天平均銷售或耗用的數量' },
  { key: 'demandStdDev', label: '需求標準差', name: '需求標準差', required: true, rule: 'nonNegative', hint: '日需求量的標準差' },
  { key: 'leadTimeDays', label: '採購提前期', name: '採購提前期', required: true, rule: 'nonNegative', hint: '天；下單到到貨' },
  { key: 'leadTimeStdDev', label: '提前期標準差', name: '提前期標準差', required: false, rule: 'nonNegative', hint: '天；空白視為 0（提前期固定）' },
  { key: 'serviceLevel', label: '服務水準 (%)', name: '服務水準', required: true, rule: 'serviceLevel', hint: '不缺貨的機率，50 以上、未滿 100，例如 95' },
  { key: 'orderCost', label: '每次訂貨成本', name: '每次訂貨成本', required: true, rule: 'positive', hint: '元／次' },
  { key: 'holdingCostPerUnitYear', label: '單位年持有成本', name: '單位年持有成本', required: true, rule: 'positive', hint: '元／件／年' },
  { key: 'annualDemand', label: '年需求量', name: '年需求量', required: false, rule: 'nonNegative', hint: `選填；空白時以日均需求量 × ${inventoryRules.daysPerYear} 計` },
  { key: 'onHand', label: '現有庫存', name: '現有庫存', required: true, rule: 'nonNegative', hint: '倉內可用數量' },
  { key: 'onOrder', label: '在途數量', name: '在途數量', required: false, rule: 'nonNegative', hint: '已下單未到貨；空白視為 0' },
  { key: 'backorders', label: '缺貨待補', name: '缺貨待補', required: false, rule: 'nonNegative', hint: '已接單未出貨的欠量；空白視為 0' },
] as const;

export type ReorderFieldKey = (typeof reorderFields)[number]['key'];
export type ReorderField = (typeof reorderFields)[number];

export const reorderFieldByKey = Object.fromEntries(reorderFields.map((f) => [f.key, f])) as {
  [K in ReorderFieldKey]: Extract<ReorderField, { key: K }>;
};

const percent = (fraction: number) => `${Number((fraction * 100).toPrecision(12))}%`;

/**
 * Throw an InputError unless `value` is acceptable for `key`. Service level is checked as a fraction
 * (0.95), the form and CSV take percent and divide by 100 before calling this.
 */
export function checkReorderField(key: ReorderFieldKey, value: number): void {
  const field = reorderFieldByKey[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(key, `${field.name}必須是有限的數字`);
  }
  switch (field.rule) {
    case 'nonNegative':
      if (value < 0) throw new InputError(key, `${field.name}不可為負數`);
      return;
    case 'positive':
      if (value <= 0) throw new InputError(key, `${field.name}必須大於 0`);
      return;
    case 'serviceLevel':
      if (value < inventoryRules.serviceLevelMin || value >= inventoryRules.serviceLevelMaxExclusive) {
        throw new InputError(
          key,
          `服務水準須介於 ${percent(inventoryRules.serviceLevelMin)} 與 ${percent(inventoryRules.serviceLevelMaxExclusive)} 之間（含 ${percent(inventoryRules.serviceLevelMin)}，不含 ${percent(inventoryRules.serviceLevelMaxExclusive)}）`,
        );
      }
      return;
  }
}
