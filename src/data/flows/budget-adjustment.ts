import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營管理工作制度 三、（二）3. 預算調整. */
export default {
  id: 'budget-adjustment',
  title: '預算調整',
  regulation: 'operations-management',
  kind: 'flow',
  clauses: ['c3-2-3'],
  steps: [
    { id: 'apply', kind: 'start', label: '遇重大政策調整、市場變化或不可抗力，提出預算調整申請', role: '各部門', clause: 'c3-2-3' },
    { id: 'review', kind: 'task', label: '審核必要性和合理性，提出審核意見', role: '運營管理部', clause: 'c3-2-3' },
    { id: 'deliberate', kind: 'approval', label: '審議預算調整申請', role: '運營管理委員會', clause: 'c3-2-3' },
    { id: 'notify', kind: 'task', label: '下達預算調整通知', role: '運營管理部', clause: 'c3-2-3' },
    { id: 'execute', kind: 'end', label: '按調整後的預算執行', role: '各部門', clause: 'c3-2-3' },
  ],
  edges: [
    { from: 'apply', to: 'review' },
    { from: 'review', to: 'deliberate', label: '提交審議' },
    { from: 'deliberate', to: 'notify', label: '批准' },
    { from: 'notify', to: 'execute' },
  ],
} satisfies FlowInput;
