import type { FlowInput } from '../../lib/flows/schema.ts';

/** 商業運營全套管理制度 三、工作流程 銷售流程. */
export default {
  id: 'sales',
  title: '銷售流程',
  regulation: 'commercial-operations',
  kind: 'flow',
  clauses: ['c3-3'],
  steps: [
    { id: 'prospect', kind: 'start', label: '尋找潛在客戶，建立客戶檔案', role: '銷售代表', clause: 'c3-3-1' },
    { id: 'needs', kind: 'task', label: '需求溝通', role: '銷售代表', clause: 'c3-3-2' },
    { id: 'proposal', kind: 'task', label: '推薦個性化解決方案', role: '銷售代表', clause: 'c3-3-3' },
    { id: 'negotiate', kind: 'task', label: '商務談判', role: '銷售代表', inferred: true, clause: 'c3-3-4' },
    { id: 'draft', kind: 'task', label: '整理合同文本，提交審核', role: '銷售代表', clause: 'c3-3-5' },
    { id: 'review', kind: 'approval', label: '審核合同', role: '銷售經理', clause: 'c3-3-5' },
    { id: 'sign', kind: 'task', label: '與客戶簽訂正式合同', role: '銷售代表', clause: 'c3-3-5' },
    { id: 'fulfil', kind: 'task', label: '安排採購、生產、發貨', role: '運營專員', clause: 'c3-3-6' },
    { id: 'track', kind: 'task', label: '跟蹤訂單執行，與客戶溝通進展', role: '銷售代表', clause: 'c3-3-6' },
    { id: 'after-sales', kind: 'end', label: '售後服務與定期回訪', role: '銷售代表', clause: 'c3-3-7' },
  ],
  edges: [
    { from: 'prospect', to: 'needs' },
    { from: 'needs', to: 'proposal' },
    { from: 'proposal', to: 'negotiate' },
    { from: 'negotiate', to: 'draft' },
    { from: 'draft', to: 'review' },
    { from: 'review', to: 'sign', label: '審核通過' },
    { from: 'sign', to: 'fulfil', label: '傳遞合同信息' },
    { from: 'fulfil', to: 'track' },
    { from: 'track', to: 'after-sales' },
  ],
} satisfies FlowInput;
