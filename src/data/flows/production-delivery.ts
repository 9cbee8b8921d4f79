import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營模式流程制度 三、（三）生產與交付流程（針對實物產品）. */
export default {
  id: 'production-delivery',
  title: '生產與交付流程',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c3-3'],
  steps: [
    { id: 'demand', kind: 'start', label: '提供生產需求信息', role: '銷售部門', clause: 'c3-3-1' },
    { id: 'plan', kind: 'task', label: '結合庫存制定月度、周度生產計劃', role: '生產部門', clause: 'c3-3-1' },
    { id: 'purchase', kind: 'task', label: '制定物料採購計劃，簽約並跟蹤進度', role: '採購部門', clause: 'c3-3-2' },
    { id: 'produce', kind: 'task', label: '按生產工藝和質量標準組織生產', role: '生產車間', clause: 'c3-3-3' },
    { id: 'inspect', kind: 'decision', label: '過程質量檢驗：是否發現問題？', role: '生產車間', inferred: true, clause: 'c3-3-3' },
    { id: 'fix', kind: 'task', label: '及時解決質量問題', role: '生產車間', inferred: true, clause: 'c3-3-3' },
    { id: 'pack', kind: 'task', label: '包裝，檢驗合格後入庫', clause: 'c3-3-4' },
    { id: 'deliver', kind: 'end', label: '安排運輸，跟蹤並按時交付', role: '物流部門', clause: 'c3-3-5' },
  ],
  edges: [
    { from: 'demand', to: 'plan' },
    { from: 'plan', to: 'purchase' },
    { from: 'purchase', to: 'produce' },
    { from: 'produce', to: 'inspect' },
    { from: 'inspect', to: 'fix', label: '發現問題' },
    { from: 'fix', to: 'produce', label: '繼續生產' },
    { from: 'inspect', to: 'pack', label: '無問題' },
    { from: 'pack', to: 'deliver' },
  ],
} satisfies FlowInput;
