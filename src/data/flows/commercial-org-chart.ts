import type { FlowInput } from '../../lib/flows/schema.ts';

/**
 * 商業運營全套管理制度 一、組織架構: 運營總監 → 經理 → 專員. Each specialist is drawn under the manager the text
 * pairs them with (市場專員 協助市場經理; 銷售代表 in 銷售經理's team; 運營專員 for 運營經理's operations).
 */
export default {
  id: 'commercial-org-chart',
  title: '商業運營部門組織架構',
  regulation: 'commercial-operations',
  kind: 'org',
  clauses: ['c1-1', 'c1-2', 'c1-3'],
  steps: [
    { id: 'director', kind: 'task', label: '運營總監', role: '高層管理', clause: 'c1-1-i1' },
    { id: 'marketing-manager', kind: 'task', label: '市場經理', role: '中層管理', clause: 'c1-2-i1' },
    { id: 'sales-manager', kind: 'task', label: '銷售經理', role: '中層管理', clause: 'c1-2-i2' },
    { id: 'operations-manager', kind: 'task', label: '運營經理', role: '中層管理', clause: 'c1-2-i3' },
    { id: 'marketing-specialist', kind: 'task', label: '市場專員', role: '基層執行', clause: 'c1-3-i1' },
    { id: 'sales-rep', kind: 'task', label: '銷售代表', role: '基層執行', clause: 'c1-3-i2' },
    { id: 'operations-specialist', kind: 'task', label: '運營專員', role: '基層執行', clause: 'c1-3-i3' },
  ],
  edges: [
    { from: 'director', to: 'marketing-manager' },
    { from: 'director', to: 'sales-manager' },
    { from: 'director', to: 'operations-manager' },
    { from: 'marketing-manager', to: 'marketing-specialist' },
    { from: 'sales-manager', to: 'sales-rep' },
    { from: 'operations-manager', to: 'operations-specialist' },
  ],
} satisfies FlowInput;
