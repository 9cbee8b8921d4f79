import type { FlowInput } from '../../lib/flows/schema.ts';

/** 運營管理工作制度 二、（一）組織架構: 運營管理委員會 → 運營管理部 → 職能小組. */
export default {
  id: 'operations-org-chart',
  title: '運營管理組織架構',
  regulation: 'operations-management',
  kind: 'org',
  clauses: ['c2-1'],
  note: '職能小組由運營管理部根據業務需要設置，圖中為制度列舉的四個小組。',
  steps: [
    { id: 'committee', kind: 'task', label: '運營管理委員會', role: '決策機構', clause: 'c2-2-1' },
    { id: 'department', kind: 'task', label: '運營管理部', role: '日常運營管理', clause: 'c2-2-2' },
    { id: 'production', kind: 'task', label: '生產運營組', role: '專業職能小組', clause: 'c2-2-3-i1' },
    { id: 'marketing', kind: 'task', label: '市場營銷組', role: '專業職能小組', clause: 'c2-2-3-i2' },
    { id: 'service', kind: 'task', label: '客戶服務組', role: '專業職能小組', clause: 'c2-2-3-i3' },
    { id: 'supply-chain', kind: 'task', label: '供應鏈管理組', role: '專業職能小組', clause: 'c2-2-3-i4' },
  ],
  edges: [
    { from: 'committee', to: 'department' },
    { from: 'department', to: 'production' },
    { from: 'department', to: 'marketing' },
    { from: 'department', to: 'service' },
    { from: 'department', to: 'supply-chain' },
  ],
} satisfies FlowInput;
