import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營模式流程制度 三、（二）產品或服務研發流程: management approves 立項 and 上線; testing loops through improvement. */
export default {
  id: 'product-service-development',
  title: '產品或服務研發流程',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c3-2'],
  steps: [
    { id: 'needs', kind: 'start', label: '提出需求建議，明確需求細節和優先級', role: '市場部門', clause: 'c3-2-1' },
    { id: 'plan', kind: 'task', label: '制定項目研發計劃，提交立項申請', role: '研發部門', clause: 'c3-2-2' },
    { id: 'approve-project', kind: 'approval', label: '審批立項申請', role: '公司管理層', clause: 'c3-2-2' },
    { id: 'develop', kind: 'task', label: '設計與開發，定期匯報進度', role: '研發團隊', clause: 'c3-2-3' },
    { id: 'test', kind: 'decision', label: '內部測試與驗證：是否滿足質量標準和客戶需求？', role: '研發團隊', inferred: true, clause: 'c3-2-4' },
    { id: 'improve', kind: 'task', label: '根據測試結果優化和改進', role: '研發團隊', inferred: true, clause: 'c3-2-4' },
    { id: 'approve-launch', kind: 'approval', label: '批准上線', role: '公司管理層', clause: 'c3-2-5' },
    { id: 'launch', kind: 'end', label: '上線發布', clause: 'c3-2-5' },
  ],
  edges: [
    { from: 'needs', to: 'plan' },
    { from: 'plan', to: 'approve-project' },
    { from: 'approve-project', to: 'develop', label: '批准立項' },
    { from: 'develop', to: 'test' },
    { from: 'test', to: 'improve', label: '未達標' },
    { from: 'improve', to: 'test', label: '重新測試' },
    { from: 'test', to: 'approve-launch', label: '通過' },
    { from: 'approve-launch', to: 'launch', label: '批准' },
  ],
} satisfies FlowInput;
