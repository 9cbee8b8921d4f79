import type { InventoryRules } from './rules.ts';

/**
 * The conventions the inventory calculators apply. The regulation
 * (商業運營全套管理制度 三、工作流程 › 運營管理流程 › 2.庫存管理流程) asks for 安全庫存、補貨點、最大庫存水平 per
 * item and a replenishment alert below the reorder point; it names no numbers, so the defaults here are
 * conventions, kept in one place. Not versioned: every version of the text applies these, and
 * test/content/rules.test.ts checks that version 1.0 of the text yields them.
 */
export const inventoryRules: InventoryRules = {
  /** Annual demand defaults to avgDailyDemand × this when not given (calendar days, as daily demand is). */
  daysPerYear: 365,
  /** Period length for 存貨周轉天數 when the caller does not say (one year). */
  turnoverPeriodDays: 365,
  /** Inclusive lower and exclusive upper bound of the service level (z ≥ 0; 100 % needs infinite stock). */
  serviceLevelMin: 0.5,
  serviceLevelMaxExclusive: 1,
};
