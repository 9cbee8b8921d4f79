import type { FlowInput } from '../../lib/flows/schema.ts';

/**
 * 商業運營全套管理制度 運營管理流程 1. 商品管理流程. Monitoring (i4) and the manager's review (i5) both go on
 * regularly once goods are on sale; slow sellers are optimised or taken off sale, and goods that stay weak are
 * retired at the review, whatever the monitoring found last.
 */
export default {
  id: 'merchandise-management',
  title: '商品管理流程',
  regulation: 'commercial-operations',
  kind: 'flow',
  clauses: ['c3-4-1'],
  steps: [
    { id: 'select', kind: 'start', label: '商品選品', role: '運營經理', clause: 'c3-4-1-i1' },
    { id: 'supplier', kind: 'task', label: '與供應商洽談，簽訂採購合同', role: '運營專員（協助運營經理）', clause: 'c3-4-1-i2' },
    { id: 'list', kind: 'task', label: '錄入商品信息並上架', role: '運營專員', clause: 'c3-4-1-i3' },
    { id: 'monitor', kind: 'decision', label: '監控銷售數據：銷售情況如何？', role: '運營專員', clause: 'c3-4-1-i4', periodic: true },
    { id: 'optimise', kind: 'task', label: '調整價格、優化描述、更換圖片', role: '運營專員', clause: 'c3-4-1-i4' },
    { id: 'delist', kind: 'end', label: '及時下架滯銷商品', role: '運營專員', clause: 'c3-4-1-i4' },
    { id: 'assess', kind: 'decision', label: '評估品類和款式：是否淘汰？', role: '運營經理', clause: 'c3-4-1-i5', periodic: true },
    { id: 'retire', kind: 'end', label: '安排下架和清理庫存', role: '運營經理', clause: 'c3-4-1-i5' },
  ],
  edges: [
    { from: 'select', to: 'supplier' },
    { from: 'supplier', to: 'list' },
    { from: 'list', to: 'monitor' },
    { from: 'list', to: 'assess' },
    { from: 'monitor', to: 'optimise', label: '銷售不佳' },
    { from: 'monitor', to: 'delist', label: '滯銷' },
    { from: 'optimise', to: 'monitor', label: '繼續監控' },
    { from: 'assess', to: 'retire', label: '不再適合市場或業績持續低迷' },
    { from: 'assess', to: 'monitor', label: '保留' },
  ],
} satisfies FlowInput;
