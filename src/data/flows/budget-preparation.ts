import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營管理工作制度 三、（二）1. 預算編制: the same path to approval as the annual operating plan. */
export default {
  id: 'budget-preparation',
  title: '預算編制',
  regulation: 'operations-management',
  kind: 'flow',
  clauses: ['c3-2-1'],
  steps: [
    { id: 'draft', kind: 'start', label: '根據年度運營計劃編制年度預算草案', role: '各部門（運營管理部組織）', clause: 'c3-2-1' },
    { id: 'consolidate', kind: 'task', label: '匯總、審核和平衡，形成年度預算初稿', role: '運營管理部', clause: 'c3-2-1' },
    { id: 'deliberate', kind: 'approval', label: '審議初稿，提出修改意見和建議', role: '運營管理委員會', clause: 'c3-2-1' },
    { id: 'revise', kind: 'task', label: '修改完善，形成正式的年度預算', role: '運營管理部', clause: 'c3-2-1' },
    { id: 'board', kind: 'approval', label: '批准年度預算', role: '公司董事會', clause: 'c3-2-1' },
    { id: 'implement', kind: 'end', label: '實施', role: '各部門', clause: 'c3-2-1' },
  ],
  edges: [
    { from: 'draft', to: 'consolidate' },
    { from: 'consolidate', to: 'deliberate', label: '提交審議' },
    { from: 'deliberate', to: 'revise', label: '審議意見' },
    { from: 'revise', to: 'board', label: '報批' },
    { from: 'board', to: 'implement', label: '批准' },
  ],
} satisfies FlowInput;
