import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營管理工作制度 三、（二）2. 預算執行與監控. */
export default {
  id: 'budget-execution-monitoring',
  title: '預算執行與監控',
  regulation: 'operations-management',
  kind: 'flow',
  clauses: ['c3-2-2'],
  steps: [
    { id: 'execute', kind: 'start', label: '嚴格按照批准的年度預算執行', role: '各部門', clause: 'c3-2-2' },
    { id: 'monitor', kind: 'decision', label: '定期跟蹤、分析和評估：執行偏差是否較大？', role: '運營管理部', clause: 'c3-2-2' },
    { id: 'warn', kind: 'task', label: '發出預警通知', role: '運營管理部', clause: 'c3-2-2' },
    { id: 'rectify', kind: 'end', label: '分析原因，提出改進措施，限期整改', role: '偏差較大的部門', clause: 'c3-2-2' },
  ],
  edges: [
    { from: 'execute', to: 'monitor' },
    { from: 'monitor', to: 'execute', label: '偏差不大，繼續執行' },
    { from: 'monitor', to: 'warn', label: '偏差較大' },
    { from: 'warn', to: 'rectify' },
  ],
} satisfies FlowInput;
