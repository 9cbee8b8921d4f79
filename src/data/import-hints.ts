import type { ImportHints } from '../lib/import/types.ts';

/**
 * What the importer cannot see in the scraped text: titles run into their text with no punctuation,
 * and headings the source left unnumbered. Read off the seeds by hand. A new regulation needs none to import.
 */
export const importHints: Record<string, ImportHints> = {
  'operating-model': {
    seed: '000_4d503a2c4e1c1829.txt',
    title: '運營模式流程制度',
    titles: [
      '目的', '適用範圍', '基本原則', '公司運營模式定位', '運營模式關鍵環節',
      '市場調研與分析', '產品或服務研發', '生產與交付', '市場營銷與銷售', '客戶服務與支持',
      '信息收集', '數據分析', '結果匯報', '需求規劃', '項目立項', '設計與開發', '測試與驗證', '上線發布',
      '生產計劃制定', '物料採購', '生產執行', '產品包裝與入庫', '交付運輸',
      '營銷策劃', '品牌推廣', '銷售渠道建設', '銷售執行', '銷售數據分析',
      '客戶諮詢受理', '投訴處理', '客戶反饋跟進', '客戶滿意度調查',
    ],
  },
  'home-operations': {
    seed: '001_77c0b436437c41de.txt',
    title: '家居運營管理制度',
    sectionTitles: [
      '總則', '運營部門職責', '市場調研與分析管理', '產品規劃與開發管理', '銷售管理', '客戶服務管理',
      '供應鏈管理', '數據分析與決策支持管理', '考核與激勵',
    ],
    titles: [
      '目的', '適用範圍', '基本原則', '市場調研與分析', '產品規劃與開發', '銷售管理', '客戶服務', '供應鏈管理',
      '數據分析與決策支持', '調研計劃制定', '調研方法選擇', '調研數據收集與整理', '調研報告撰寫', '調研結果應用',
      '產品規劃制定', '產品設計與開發流程', '產品質量控制', '產品創新與改進', '銷售計劃制定', '銷售團隊建設',
      '銷售渠道管理', '客戶關係管理', '銷售數據分析與決策支持', '客戶服務體系建設', '客戶諮詢與投訴處理',
      '客戶訂單跟蹤與管理', '客戶反饋收集與處理', '供應商管理', '採購管理', '生產管理', '物流管理',
      '數據收集與整理', '數據分析方法與工具', '數據分析指標體系', '決策支持與報告', '考核原則', '考核內容與指標',
      '考核周期', '考核方式',
    ],
  },
  'commercial-operations': {
    seed: '002_396ba0599494ea0e.txt',
    title: '商業運營全套管理制度',
    subsectionHeadings: [
      '高層管理', '中層管理', '基層執行', '運營總監', '市場經理', '銷售經理', '運營經理', '市場專員', '銷售代表',
      '運營專員', '市場調研流程', '市場推廣流程', '銷售流程', '運營管理流程', '考勤制度', '績效考核制度',
      '培訓與發展制度', '財務報銷制度',
    ],
    titles: ['組織架構', '崗位職責', '工作流程', '管理制度'],
  },
  'operations-management': {
    seed: '003_ba58c5fd8c4d6a2a.txt',
    title: '運營管理工作制度',
    titles: [
      '目的', '適用範圍', '基本原則', '組織架構', '運營管理委員會職責', '運營管理部職責', '各專業職能小組職責',
      '年度運營計劃', '季度運營計劃', '預算編制', '預算執行與監控', '預算調整',
    ],
  },
};

/** The seed files the importer was built on, in their numbered order. */
export const seedFiles: string[] = Object.values(importHints)
  .flatMap((hints) => (hints.seed ? [hints.seed] : []))
  .sort();
