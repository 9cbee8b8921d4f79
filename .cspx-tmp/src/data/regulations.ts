/** The four regulations, in seed order. `slug` is the URL folder under content/docs/. */
export const regulations = [
  { slug: 'operating-model', title: '運營模式流程制度', seed: '000_4d503a2c4e1c1829.txt', policyId: 'OPS-001' },
  { slug: 'home-operations', title: '家居運營管理制度', seed: '001_77c0b436437c41de.txt', policyId: 'OPS-002' },
  { slug: 'commercial-operations', title: '商業運營全套管理制度', seed: '002_396ba0599494ea0e.txt', policyId: 'OPS-003' },
  { slug: 'operations-management', title: '運營管理工作制度', seed: '003_ba58c5fd8c4d6a2a.txt', policyId: 'OPS-004' },
] as const;

export type RegulationSlug = (typeof regulations)[number]['slug'];
export const regulationSlugs = regulations.map((r) => r.slug) as RegulationSlug[];
