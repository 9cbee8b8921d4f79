import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營模式流程制度 四、（二）流程監督. */
export default {
  id: 'process-supervision',
  title: '流程監督',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c4-2'],
  steps: [
    { id: 'set-up', kind: 'start', label: '設立流程監督小組', role: '公司', clause: 'c4-2-1' },
    { id: 'inspect', kind: 'task', label: '定期抽查各部門流程執行的準確性、及時性和合規性', role: '流程監督小組', inferred: true, clause: 'c4-2-2' },
    { id: 'verdict', kind: 'decision', label: '是否執行不力？', role: '流程監督小組', inferred: true, clause: 'c4-2-3' },
    { id: 'notice', kind: 'task', label: '發出整改通知，要求限期整改', role: '流程監督小組', inferred: true, clause: 'c4-2-3' },
    { id: 'rectify', kind: 'task', label: '限期整改', role: '執行不力的部門和個人', clause: 'c4-2-3' },
    { id: 'track', kind: 'end', label: '跟蹤整改結果', role: '流程監督小組', inferred: true, clause: 'c4-2-3' },
  ],
  edges: [
    { from: 'set-up', to: 'inspect' },
    { from: 'inspect', to: 'verdict' },
    { from: 'verdict', to: 'notice', label: '執行不力' },
    { from: 'verdict', to: 'inspect', label: '執行到位，待下次抽查' },
    { from: 'notice', to: 'rectify' },
    { from: 'rectify', to: 'track' },
  ],
} satisfies FlowInput;
