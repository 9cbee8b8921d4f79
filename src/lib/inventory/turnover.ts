import type { InventoryRules } from './rules.ts';
import { InputError } from '../input-error.ts';

export interface TurnoverInput {
  /** 銷售成本 over the period. */
  costOfGoodsSold: number;
  /** 期初存貨 (at cost). */
  openingInventory: number;
  /** 期末存貨 (at cost). */
  closingInventory: number;
  /** Length of the period in days; default one year (365). */
  periodDays?: number;
}

export interface TurnoverResult {
  /** 平均存貨 = (期初 + 期末) ÷ 2. */
  averageInventory: number;
  /** 存貨周轉次數 = 銷售成本 ÷ 平均存貨. */
  turnover: number;
  /** 存貨周轉天數 = 期間天數 ÷ 周轉次數; null when nothing was sold (stock would last for ever). */
  daysOfSupply: number | null;
}

function requireNonNegative(field: keyof TurnoverInput, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(field, `${name}必須是有限的數字`);
  if (value < 0) throw new InputError(field, `${name}不可為負數`);
}

/** Inventory turnover and days of supply for one period (家居運營管理制度 庫存周轉率). */
export function computeTurnoverWith(input: TurnoverInput, rules: Pick<InventoryRules, 'turnoverPeriodDays'>): TurnoverResult {
  const periodDays = input.periodDays ?? rules.turnoverPeriodDays;
  requireNonNegative('costOfGoodsSold', '銷售成本', input.costOfGoodsSold);
  requireNonNegative('openingInventory', '期初存貨', input.openingInventory);
  requireNonNegative('closingInventory', '期末存貨', input.closingInventory);
  requireNonNegative('periodDays', '期間天數', periodDays);
  if (periodDays === 0) throw new InputError('periodDays', '期間天數必須大於 0');

  const averageInventory = (input.openingInventory + input.closingInventory) / 2;
  if (averageInventory === 0) {
    throw new InputError('closingInventory', '期初與期末存貨皆為 0，平均存貨為 0，無法計算周轉次數');
  }
  const turnover = input.costOfGoodsSold / averageInventory;
  return { averageInventory, turnover, daysOfSupply: turnover === 0 ? null : periodDays / turnover };
}
