import type { FlowInput } from '../../lib/flows/schema.ts';

/**
 * 運營模式流程制度 三、（四）市場營銷與銷售流程. Brand promotion, channel building and sales go on side by side
 * after the plan; the sales analysis is regular (「定期」).
 */
export default {
  id: 'marketing-sales',
  title: '市場營銷與銷售流程',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c3-4'],
  steps: [
    { id: 'plan', kind: 'start', label: '制定年度、季度營銷策劃方案', role: '市場部門', clause: 'c3-4-1' },
    { id: 'brand', kind: 'task', label: '開展品牌推廣活動', role: '市場部門', inferred: true, clause: 'c3-4-2' },
    { id: 'channels', kind: 'task', label: '開拓和維護銷售渠道', role: '銷售部門', clause: 'c3-4-3' },
    { id: 'sell', kind: 'task', label: '客戶拜訪、銷售談判，促成交易', role: '銷售人員', clause: 'c3-4-4' },
    { id: 'analyse', kind: 'end', label: '分析銷售數據，調整銷售策略和計劃', role: '銷售部門', inferred: true, clause: 'c3-4-5', periodic: true },
  ],
  edges: [
    { from: 'plan', to: 'brand' },
    { from: 'plan', to: 'channels' },
    { from: 'plan', to: 'sell' },
    { from: 'brand', to: 'analyse' },
    { from: 'channels', to: 'analyse' },
    { from: 'sell', to: 'analyse' },
  ],
} satisfies FlowInput;
