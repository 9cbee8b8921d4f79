import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營模式流程制度 三、（一）市場調研與分析流程. */
export default {
  id: 'market-research-analysis',
  title: '市場調研與分析流程',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c3-1'],
  steps: [
    { id: 'collect', kind: 'start', label: '每月收集行業報告、市場數據與競爭對手資料', role: '市場調研專員', clause: 'c3-1-1' },
    { id: 'analyse', kind: 'task', label: '整理分類、深入分析，形成分析報告', role: '市場調研專員', inferred: true, clause: 'c3-1-2' },
    { id: 'submit', kind: 'task', label: '提交分析報告', role: '市場調研專員', clause: 'c3-1-3' },
    { id: 'discuss', kind: 'task', label: '組織討論，提出決策建議', role: '市場部門負責人', clause: 'c3-1-3' },
    { id: 'report', kind: 'end', label: '決策建議上報公司管理層', role: '市場部門負責人', clause: 'c3-1-3' },
  ],
  edges: [
    { from: 'collect', to: 'analyse' },
    { from: 'analyse', to: 'submit' },
    { from: 'submit', to: 'discuss' },
    { from: 'discuss', to: 'report' },
  ],
} satisfies FlowInput;
