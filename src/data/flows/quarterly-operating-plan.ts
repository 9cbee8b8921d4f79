import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營管理工作制度 三、（一）2. 季度運營計劃: filed with the committee rather than approved by it. */
export default {
  id: 'quarterly-operating-plan',
  title: '季度運營計劃',
  regulation: 'operations-management',
  kind: 'flow',
  clauses: ['c3-1-2'],
  steps: [
    { id: 'draft', kind: 'start', label: '每季度末編制下一季度運營計劃草案', role: '各部門（運營管理部組織）', clause: 'c3-1-2' },
    { id: 'consolidate', kind: 'task', label: '審核和平衡，形成季度運營計劃初稿', role: '運營管理部', clause: 'c3-1-2' },
    { id: 'file', kind: 'task', label: '備案', role: '運營管理委員會', clause: 'c3-1-2' },
    { id: 'track', kind: 'end', label: '跟蹤執行，協調解決問題，確保季度目標實現', role: '運營管理部', clause: 'c3-1-2' },
  ],
  edges: [
    { from: 'draft', to: 'consolidate' },
    { from: 'consolidate', to: 'file', label: '提交備案' },
    { from: 'file', to: 'track' },
  ],
} satisfies FlowInput;
