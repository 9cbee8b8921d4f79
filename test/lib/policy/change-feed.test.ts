import { getRssString } from '@astrojs/rss';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedChangesHtml } from '../../../src/lib/policy/change-feed.ts';
import { diffClauses } from '../../../src/lib/policy/clause-diff.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/clause-diff/${name}`, import.meta.url), 'utf8');
const changes = diffClauses(new Map([['s4.mdx', fixture('s4-v1.mdx')]]), new Map([['s4.mdx', fixture('s4-v2.mdx')]]));
const site = 'https://policy.example.com';

describe('a feed item with the changed clauses', () => {
  const html = feedChangesHtml('考勤制度第2條：3次改為2次。', 'commercial-operations', changes, site);

  it('links each changed or added clause by absolute URL to its anchor', () => {
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      'https://policy.example.com/commercial-operations/s4/#c4-1-2',
      'https://policy.example.com/commercial-operations/s4/#c4-1-2-1',
      'https://policy.example.com/commercial-operations/s4/#c4-2-1-i2',
    ]);
  });

  it('carries the diff as <del>/<ins> next to the unchanged words', () => {
    expect(html).toContain('<del>3</del><ins>2</ins>次以內不做處罰');
    expect(html).toContain('<del>曠工半天扣除當天工資的2倍。</del>');
  });

  it('survives the RSS encoding: a reader gets back the same HTML', async () => {
    const xml = await getRssString({ title: 't', description: 'd', site, items: [{ title: 'x', link: site, description: html }] });
    const description = /<description>([^<]*)<\/description>\s*<\/item>|<item>[\s\S]*?<description>([\s\S]*?)<\/description>/.exec(xml);
    const text = (description?.[1] ?? description?.[2] ?? '').replace(/^<!\[CDATA\[|\]\]>$/g, '');
    const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(decoded).toBe(html);
  });

  it('is just the summary when a version changed no clause text or its history is unreadable', () => {
    expect(feedChangesHtml('更正錯字。', 'x', [], site)).toBe('<p>更正錯字。</p>');
    expect(feedChangesHtml('a < b', 'x', null, site)).toBe('<p>a &lt; b</p>');
  });
});
