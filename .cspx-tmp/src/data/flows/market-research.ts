import type { FlowInput } from '../../lib/flows/schema.ts';

/** 商業運營全套管理制度 三、工作流程 市場調研流程. */
export default {
  id: 'market-research',
  title: '市場調研流程',
  regulation: 'commercial-operations',
  kind: 'flow',
  clauses: ['c3-1'],
  steps: [
    { id: 'goal', kind: 'start', label: '確定調研目標', role: '運營總監或市場經理', clause: 'c3-1-1' },
    { id: 'plan', kind: 'task', label: '制定調研計劃（方法、對象、時間）', role: '市場專員', clause: 'c3-1-2' },
    { id: 'collect', kind: 'task', label: '收集調研數據', role: '市場專員', clause: 'c3-1-3' },
    { id: 'analyse', kind: 'task', label: '整理和分析數據', role: '市場專員', clause: 'c3-1-4' },
    { id: 'write', kind: 'task', label: '撰寫調研報告', role: '市場專員', clause: 'c3-1-5' },
    { id: 'present', kind: 'task', label: '匯報調研報告', role: '市場經理', clause: 'c3-1-6' },
    { id: 'decide', kind: 'end', label: '組織討論和決策，調整市場策略', role: '運營總監', clause: 'c3-1-6' },
  ],
  edges: [
    { from: 'goal', to: 'plan' },
    { from: 'plan', to: 'collect' },
    { from: 'collect', to: 'analyse' },
    { from: 'analyse', to: 'write' },
    { from: 'write', to: 'present' },
    { from: 'present', to: 'decide' },
  ],
} satisfies FlowInput;
