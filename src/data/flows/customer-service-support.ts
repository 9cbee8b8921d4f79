import type { FlowInput } from '../../lib/flows/schema.ts';

/**
 * 運營模式流程制度 三、（五）客戶服務與支持流程: complaints loop until the customer is satisfied; collecting
 * feedback and the satisfaction survey are regular activities of their own, and the text names no owner for them.
 */
export default {
  id: 'customer-service-support',
  title: '客戶服務與支持流程',
  regulation: 'operating-model',
  kind: 'flow',
  clauses: ['c3-5'],
  steps: [
    { id: 'receive', kind: 'start', label: '經熱線、在線客服受理並記錄', role: '客服人員', clause: 'c3-5-1' },
    { id: 'type', kind: 'decision', label: '是否為投訴？', role: '客服人員', inferred: true, clause: 'c3-5-2' },
    { id: 'reply', kind: 'end', label: '快速回覆客戶諮詢', role: '客服人員', clause: 'c3-5-1' },
    { id: 'forward', kind: 'task', label: '詳細記錄投訴，轉交相關部門', role: '客服人員', clause: 'c3-5-2' },
    { id: 'handle', kind: 'task', label: '處理投訴', role: '相關部門', clause: 'c3-5-2' },
    { id: 'satisfied', kind: 'decision', label: '跟蹤進度、反饋結果：客戶是否滿意？', role: '客服人員', inferred: true, clause: 'c3-5-2' },
    { id: 'closed', kind: 'end', label: '投訴處理至客戶滿意', role: '相關部門', inferred: true, clause: 'c3-5-2' },
    { id: 'follow-up', kind: 'start', label: '收集、分類客戶反饋', clause: 'c3-5-3', periodic: true },
    { id: 'improve', kind: 'end', label: '反饋傳達相關部門，推動解決和改進', clause: 'c3-5-3' },
    { id: 'survey', kind: 'start', label: '開展客戶滿意度調查', clause: 'c3-5-4', periodic: true },
    { id: 'measures', kind: 'end', label: '分析原因，制定改進措施', clause: 'c3-5-4' },
  ],
  edges: [
    { from: 'receive', to: 'type' },
    { from: 'type', to: 'reply', label: '諮詢' },
    { from: 'type', to: 'forward', label: '投訴' },
    { from: 'forward', to: 'handle' },
    { from: 'handle', to: 'satisfied' },
    { from: 'satisfied', to: 'handle', label: '不滿意，繼續處理' },
    { from: 'satisfied', to: 'closed', label: '滿意' },
    { from: 'follow-up', to: 'improve' },
    { from: 'survey', to: 'measures' },
  ],
} satisfies FlowInput;
