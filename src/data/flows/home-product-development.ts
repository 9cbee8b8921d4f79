import type { FlowInput } from '../../lib/flows/schema.ts';

/**
 * 家居運營管理制度 產品規劃與開發管理 第2條. The text fixes the order of the six stages and names the teams
 * (運營部門、設計團隊、生產部門) but not who owns each stage; the roles follow 運營部門職責 (market research) and the
 * obvious owner of design and mass production.
 */
export default {
  id: 'home-product-development',
  title: '產品設計與開發流程',
  regulation: 'home-operations',
  kind: 'flow',
  clauses: ['c4-0-2'],
  steps: [
    { id: 'research', kind: 'start', label: '需求調研', role: '運營部門', inferred: true, clause: 'c4-0-2' },
    { id: 'design', kind: 'task', label: '設計方案', role: '設計團隊', inferred: true, clause: 'c4-0-2' },
    { id: 'sample', kind: 'task', label: '樣品製作', clause: 'c4-0-2' },
    { id: 'evaluate', kind: 'task', label: '測試評估', clause: 'c4-0-2' },
    { id: 'improve', kind: 'task', label: '改進優化', role: '設計團隊', inferred: true, clause: 'c4-0-2' },
    { id: 'produce', kind: 'end', label: '批量生產', role: '生產部門', inferred: true, clause: 'c4-0-2' },
  ],
  edges: [
    { from: 'research', to: 'design' },
    { from: 'design', to: 'sample' },
    { from: 'sample', to: 'evaluate' },
    { from: 'evaluate', to: 'improve' },
    { from: 'improve', to: 'produce' },
  ],
} satisfies FlowInput;
