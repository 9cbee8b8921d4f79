import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營模式流程制度 五、（二）改進機制: yearly evaluation and staff suggestions feed one plan. */
export default {
  id: 'process-improvement',
  title: '流程優化改進',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c5-2'],
  steps: [
    { id: 'evaluate', kind: 'start', label: '定期評估，每年至少一次全面流程評估', clause: 'c5-2-1' },
    { id: 'suggest', kind: 'start', label: '提出流程優化改進建議（合理有效者獲獎勵）', role: '員工', clause: 'c5-2-2' },
    { id: 'plan', kind: 'task', label: '根據評估結果和員工建議制定改進方案', clause: 'c5-2-3' },
    { id: 'approve', kind: 'approval', label: '批准改進方案', role: '公司管理層', clause: 'c5-2-3' },
    { id: 'implement', kind: 'end', label: '實施', clause: 'c5-2-3' },
  ],
  edges: [
    { from: 'evaluate', to: 'plan', label: '評估結果' },
    { from: 'suggest', to: 'plan', label: '員工建議' },
    { from: 'plan', to: 'approve' },
    { from: 'approve', to: 'implement', label: '批准' },
  ],
} satisfies FlowInput;
