import type { FlowInput } from '../../lib/flows/schema.ts';

/** 商業運營全套管理制度 三、工作流程 市場推廣流程: monitoring loops back into execution until the campaign ends. */
export default {
  id: 'market-promotion',
  title: '市場推廣流程',
  regulation: 'commercial-operations',
  kind: 'flow',
  clauses: ['c3-2'],
  steps: [
    { id: 'strategy', kind: 'start', label: '制定推廣策略（目標、渠道、內容、預算）', role: '市場經理', clause: 'c3-2-1' },
    { id: 'campaign', kind: 'task', label: '策劃推廣活動，制定活動方案', role: '市場專員', clause: 'c3-2-2' },
    { id: 'material', kind: 'task', label: '準備推廣素材', role: '市場專員', clause: 'c3-2-3' },
    { id: 'run', kind: 'task', label: '執行推廣活動，收集客戶反饋', role: '市場團隊', clause: 'c3-2-4' },
    { id: 'monitor', kind: 'decision', label: '實時監控效果：是否需要調整？', role: '市場經理', clause: 'c3-2-5' },
    { id: 'optimise', kind: 'task', label: '調整策略和方案，優化素材和執行方式', role: '市場經理', clause: 'c3-2-5' },
    { id: 'review', kind: 'task', label: '總結評估，撰寫活動總結報告', role: '市場專員', clause: 'c3-2-6' },
    { id: 'advise', kind: 'end', label: '提出後續推廣的參考和改進建議', role: '市場經理', clause: 'c3-2-6' },
  ],
  edges: [
    { from: 'strategy', to: 'campaign' },
    { from: 'campaign', to: 'material' },
    { from: 'material', to: 'run' },
    { from: 'run', to: 'monitor' },
    { from: 'monitor', to: 'optimise', label: '需要調整' },
    { from: 'optimise', to: 'run', label: '繼續執行' },
    { from: 'monitor', to: 'review', label: '活動結束' },
    { from: 'review', to: 'advise' },
  ],
} satisfies FlowInput;
