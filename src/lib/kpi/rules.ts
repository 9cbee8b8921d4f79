import type { ClauseRef } from '../clause.ts';

/** The four grades of 績效考核制度 clause 3, best first. */
export type KpiGrade = '優秀' | '良好' | '合格' | '不合格';

export interface KpiBand {
  grade: KpiGrade;
  /** Lowest score in the band; bands are half-open [minScore, next band's minScore). */
  minScore: number;
  /** 當月績效獎金發放係數. */
  coefficient: number;
  /** The `-` item of clause 3 that states this band. */
  clause: ClauseRef;
}

export interface KpiRules {
  /** Best band first; the last band takes every score below the one before it. */
  bands: readonly KpiBand[];
  /** 連續兩個月考核不合格: this many consecutive 不合格 months allow a job change or termination. */
  failStreakAlert: number;
  clause: ClauseRef;
}

const regulation = 'commercial-operations';

/** Other clauses the KPI calculator cites besides clause 3. */
export const kpiClauses = {
  /** 績效考核制度第1條: indicators and standards per position — what the scorecard builds. */
  indicators: { regulation, id: 'c4-2-1', label: '績效考核制度第1條' },
  /** 績效考核制度第2條: monthly reviews, and a yearly one that combines the year's monthly results. */
  cycle: { regulation, id: 'c4-2-2', label: '績效考核制度第2條' },
  /** 家居運營管理制度 數據分析指標體系: the indicator names offered as presets. */
  indicatorNames: { regulation: 'home-operations', id: 'c8-0-3', label: '家居運營管理制度・數據分析指標體系' },
} as const satisfies Record<string, ClauseRef>;

/** Indicators the regulations name (市場占有率、銷售增長率、客戶滿意度、庫存周轉率); all are higher-is-better. */
export const suggestedIndicators = ['市場占有率', '銷售增長率', '客戶滿意度', '庫存周轉率'] as const;
