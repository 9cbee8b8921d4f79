import type { FlowInput } from '../../lib/flows/schema.ts';

/**
 * 商業運營全套管理制度 運營管理流程 2. 庫存管理流程 (安全庫存、補貨點、最大庫存水平: see the inventory calculator).
 * Monitoring and the regular stocktake (「定期組織庫存盤點」) run side by side from the plan.
 */
export default {
  id: 'inventory-management',
  title: '庫存管理流程',
  regulation: 'commercial-operations',
  kind: 'flow',
  clauses: ['c3-4-2'],
  steps: [
    { id: 'plan', kind: 'start', label: '制定庫存規劃：安全庫存、補貨點、最大庫存水平', role: '運營經理', clause: 'c3-4-2-i1' },
    { id: 'monitor', kind: 'decision', label: '實時監控：庫存是否低於補貨點？', role: '運營專員', clause: 'c3-4-2-i2' },
    { id: 'alert', kind: 'task', label: '發出補貨預警', role: '運營專員', clause: 'c3-4-2-i2' },
    { id: 'approve', kind: 'approval', label: '審核補貨申請，確定數量和時間', role: '運營經理', clause: 'c3-4-2-i3' },
    { id: 'replenish', kind: 'task', label: '與供應商溝通補貨，跟蹤補貨訂單', role: '運營專員', clause: 'c3-4-2-i3' },
    { id: 'count', kind: 'decision', label: '庫存盤點：實際庫存與系統記錄是否一致？', role: '運營專員與倉庫管理人員', clause: 'c3-4-2-i4', periodic: true },
    { id: 'reconcile', kind: 'task', label: '調查差異原因，調整庫存記錄', role: '運營專員與倉庫管理人員', inferred: true, clause: 'c3-4-2-i4' },
    { id: 'optimise', kind: 'end', label: '優化庫存結構，減少積壓', role: '運營經理', clause: 'c3-4-2-i5' },
  ],
  edges: [
    { from: 'plan', to: 'monitor' },
    { from: 'plan', to: 'count' },
    { from: 'monitor', to: 'alert', label: '低於補貨點' },
    { from: 'alert', to: 'approve' },
    { from: 'approve', to: 'replenish', label: '核准' },
    { from: 'replenish', to: 'monitor', label: '庫存補充後繼續監控' },
    { from: 'monitor', to: 'optimise', label: '庫存充足' },
    { from: 'count', to: 'reconcile', label: '有差異' },
    { from: 'count', to: 'optimise', label: '一致' },
    { from: 'reconcile', to: 'optimise' },
  ],
} satisfies FlowInput;
