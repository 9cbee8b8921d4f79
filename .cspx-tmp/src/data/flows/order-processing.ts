import type { FlowInput } from '../../lib/flows/schema.ts';

/** 商業運營全套管理制度 運營管理流程 3. 訂單處理流程: an exceptional order goes back to the customer or sales rep. */
export default {
  id: 'order-processing',
  title: '訂單處理流程',
  regulation: 'commercial-operations',
  kind: 'flow',
  clauses: ['c3-4-3'],
  steps: [
    { id: 'receive', kind: 'start', label: '接收客戶訂單', role: '運營專員', clause: 'c3-4-3-i1' },
    { id: 'review', kind: 'decision', label: '審核訂單：信息、支付、庫存是否正常？', role: '運營專員', clause: 'c3-4-3-i2' },
    { id: 'confirm', kind: 'task', label: '與客戶或銷售代表溝通確認', role: '運營專員', clause: 'c3-4-3-i2' },
    { id: 'allocate', kind: 'task', label: '按倉庫分布和庫存分配訂單', role: '運營專員', clause: 'c3-4-3-i3' },
    { id: 'ship', kind: 'task', label: '打單、包裝、發貨，錄入物流單號', role: '倉庫管理人員', clause: 'c3-4-3-i4' },
    { id: 'track', kind: 'decision', label: '跟蹤物流：是否延誤或丟失？', role: '運營專員', clause: 'c3-4-3-i5' },
    { id: 'resolve', kind: 'task', label: '與物流公司協調，並向客戶說明', role: '運營專員', clause: 'c3-4-3-i5' },
    { id: 'after-sales', kind: 'end', label: '處理售後：退換貨、維修、退款', role: '運營專員', clause: 'c3-4-3-i6' },
  ],
  edges: [
    { from: 'receive', to: 'review' },
    { from: 'review', to: 'confirm', label: '異常訂單' },
    { from: 'confirm', to: 'review', label: '確認後重新審核' },
    { from: 'review', to: 'allocate', label: '審核通過' },
    { from: 'allocate', to: 'ship' },
    { from: 'ship', to: 'track' },
    { from: 'track', to: 'resolve', label: '物流異常' },
    { from: 'resolve', to: 'track', label: '繼續跟蹤' },
    { from: 'track', to: 'after-sales', label: '已送達，客戶提出售後申請時' },
  ],
} satisfies FlowInput;
