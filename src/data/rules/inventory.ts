import type { ClauseRef } from '../../lib/clause.ts';

/**
 * Rule parameters and clause references for the inventory calculators. The regulation
 * (商業運營全套管理制度 三、工作流程 › 運營管理流程 › 2.庫存管理流程) asks for 安全庫存、補貨點、最大庫存水平 per
 * item and a replenishment alert below the reorder point; it names no numbers, so the defaults here are
 * conventions, kept in one place.
 */
export const inventoryRules = {
  /** Annual demand defaults to avgDailyDemand × this when not given (calendar days, as daily demand is). */
  daysPerYear: 365,
  /** Period length for 存貨周轉天數 when the caller does not say (one year). */
  turnoverPeriodDays: 365,
  /** Inclusive lower and exclusive upper bound of the service level (z ≥ 0; 100 % needs infinite stock). */
  serviceLevelMin: 0.5,
  serviceLevelMaxExclusive: 1,
} as const;

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
