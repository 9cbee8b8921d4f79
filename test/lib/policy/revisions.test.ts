import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import type { RegulationPolicy } from '../../../src/lib/policy/page.ts';
import { feedItems, latestRevisions, revisionAnchor, revisionsOf } from '../../../src/lib/policy/revisions.ts';

const policy = (policyId: string, changelog: { version: string; date: string; summary: string }[]) => ({
  policyId,
  version: changelog.at(-1)!.version,
  effectiveDate: '2025-01-01',
  department: '運營管理部',
  status: '生效' as const,
  nextReview: '2027-01-01',
  changelog,
});

const regulations: RegulationPolicy[] = [
  {
    slug: 'operating-model',
    title: '運營模式流程制度',
    policy: policy('OPS-001', [{ version: '1.0', date: '2025-03-01', summary: '首次發布。' }]),
  },
  {
    slug: 'commercial-operations',
    title: '商業運營全套管理制度',
    policy: policy('OPS-003', [
      { version: '1.0', date: '2025-01-10', summary: '首次發布。' },
      { version: '1.1', date: '2025-06-30', summary: '考勤制度第2條：免扣次數改為3次。' },
      { version: '2.0', date: '2026-01-15', summary: '新增績效考核制度。' },
    ]),
  },
];

describe('修訂記錄 of one regulation', () => {
  it('lists the changelog newest first, each row linkable by its version', () => {
    const revisions = revisionsOf(regulations[1]!);
    expect(revisions.map((r) => r.version)).toEqual(['2.0', '1.1', '1.0']);
    expect(revisions[1]!.href).toBe('/commercial-operations/#revision-1-1');
    expect(revisionAnchor('2.0')).toBe('revision-2-0');
  });
});

describe('最新修訂 across regulations', () => {
  it('interleaves the regulations by date, newest first', () => {
    expect(latestRevisions(regulations).map((r) => `${r.policyId} ${r.version} ${r.date}`)).toEqual([
      'OPS-003 2.0 2026-01-15',
      'OPS-003 1.1 2025-06-30',
      'OPS-001 1.0 2025-03-01',
      'OPS-003 1.0 2025-01-10',
    ]);
  });

  it('keeps the regulations in their order when two change on the same day', () => {
    const sameDay = regulations.map((r) => ({ ...r, policy: policy(r.policy.policyId, [{ version: '1.0', date: '2025-05-05', summary: '同日。' }]) }));
    expect(latestRevisions(sameDay).map((r) => r.policyId)).toEqual(['OPS-001', 'OPS-003']);
  });
});

describe('the /updates.xml feed', () => {
  const items = feedItems(latestRevisions(regulations), 'https://policy.example.com');

  it('has one item per change: regulation, id and version in the title, the summary as text', () => {
    expect(items).toHaveLength(4);
    expect(items[0]).toEqual({
      title: '商業運營全套管理制度（OPS-003）第 2.0 版',
      link: 'https://policy.example.com/commercial-operations/#revision-2-0',
      pubDate: new Date('2026-01-15T00:00:00Z'),
      description: '新增績效考核制度。',
      categories: ['商業運營全套管理制度'],
    });
  });

  it('renders as RSS with a distinct link per change and no slash after the anchor', async () => {
    const xml = await getRssString({ title: '最新修訂', description: '修訂記錄', site: 'https://policy.example.com', items });
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.slice(1)).toEqual([
      'https://policy.example.com/commercial-operations/#revision-2-0',
      'https://policy.example.com/commercial-operations/#revision-1-1',
      'https://policy.example.com/operating-model/#revision-1-0',
      'https://policy.example.com/commercial-operations/#revision-1-0',
    ]);
    expect(xml).toContain('<pubDate>Thu, 15 Jan 2026 00:00:00 GMT</pubDate>');
  });
});
