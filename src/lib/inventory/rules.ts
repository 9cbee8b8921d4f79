import type { ClauseRef } from '../clause.ts';

/** The inventory conventions the calculators apply; islands receive them as props. */
export interface InventoryRules {
  /** Annual demand defaults to avgDailyDemand × this when not given (calendar days, as daily demand is). */
  daysPerYear: number;
  /** Period length for 存貨周轉天數 when the caller does not say (one year). */
  turnoverPeriodDays: number;
  /** Inclusive lower and exclusive upper bound of the service level (z ≥ 0; 100 % needs infinite stock). */
  serviceLevelMin: number;
  serviceLevelMaxExclusive: number;
}

/**
 * The clauses the calculator applies. `quote` is the chapter's wording, verbatim (低於 as the source has it);
 * test/content/inventory-rules-drift.test.ts checks it against the chapter so an edit to either is noticed.
 */
export const inventoryClauses = {
  /** 庫存規劃: 確定各類商品的安全庫存、補貨點和最大庫存水平. */
  planning: {
    regulation: 'commercial-operations',
    id: 'c3-4-2-i1',
    label: '庫存管理流程・庫存規劃',
    quote: '確定各類商品的安全庫存、補貨點和最大庫存水平',
  },
  /** 庫存監控: the reorder alert. */
  monitoring: {
    regulation: 'commercial-operations',
    id: 'c3-4-2-i2',
    label: '庫存管理流程・庫存監控',
    quote: '當庫存低於補貨點時，及時發出補貨預警',
  },
  /** 補貨管理: 確定補貨數量和時間 — the order quantity. */
  replenishment: {
    regulation: 'commercial-operations',
    id: 'c3-4-2-i3',
    label: '庫存管理流程・補貨管理',
    quote: '確定補貨數量和時間',
  },
  /** 庫存優化: 根據庫存周轉率 … — turnover. */
  optimisation: {
    regulation: 'commercial-operations',
    id: 'c3-4-2-i5',
    label: '庫存管理流程・庫存優化',
    quote: '根據庫存周轉率、銷售數據和市場需求變化',
  },
  /** 家居運營管理制度 數據分析與決策支持管理 3.數據分析指標體系 lists 庫存周轉率 as an indicator. */
  turnoverIndicator: {
    regulation: 'home-operations',
    id: 'c8-0-3',
    label: '數據分析指標體系',
    quote: '庫存周轉率',
  },
} as const satisfies Record<string, ClauseRef & { quote: string }>;
