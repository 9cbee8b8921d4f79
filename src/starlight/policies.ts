import { getCollection } from 'astro:content';
import { regulations } from '../data/regulations.ts';
import type { RegulationPolicy } from '../lib/policy/page.ts';
import { policySchema } from '../lib/policy/schema.ts';

const position = (slug: string) => regulations.findIndex((r) => r.slug === slug);

let built: Promise<RegulationPolicy[]> | undefined;

/**
 * Each regulation's policy, read from its overview page (already validated by the docs schema), in seed order.
 * Every page asks; a build reads the collection once (the dev server re-reads, so edits show).
 */
export function regulationPolicies(): Promise<RegulationPolicy[]> {
  if (!import.meta.env.PROD) return readPolicies();
  return (built ??= readPolicies());
}

async function readPolicies(): Promise<RegulationPolicy[]> {
  const overviews = await getCollection('docs', (entry) => entry.data.regulation !== undefined && entry.data.order === 0);
  return overviews
    .map((entry) => ({ slug: entry.data.regulation!, title: entry.data.title, policy: policySchema.parse(entry.data) }))
    .sort((a, b) => position(a.slug) - position(b.slug));
}
