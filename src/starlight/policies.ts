import { getCollection } from 'astro:content';
import { regulations } from '../data/regulations.ts';
import type { RegulationPolicy } from '../lib/policy/page.ts';
import { policySchema } from '../lib/policy/schema.ts';

const position = (slug: string) => regulations.findIndex((r) => r.slug === slug);

/**
 * Each regulation's policy, read from its overview page (already validated by the docs schema), in seed order,
 * with the chapter where its source document stops, if it does.
 */
export function regulationPolicies(): Promise<RegulationPolicy[]> {
  // Every page asks; a build reads the content once, the dev server on every request so edits show.
  if (!import.meta.env.PROD) return readPolicies();
  built ??= readPolicies();
  return built;
}

let built: Promise<RegulationPolicy[]> | undefined;

async function readPolicies(): Promise<RegulationPolicy[]> {
  const pages = await getCollection('docs', (entry) => entry.data.regulation !== undefined);
  const sourceEnds = (slug: string) => {
    const chapter = pages.find((entry) => entry.data.regulation === slug && entry.body?.includes('<SourceEnds'));
    return chapter && { href: `/${chapter.id}/`, title: chapter.data.title };
  };
  return pages
    .filter((entry) => entry.data.order === 0)
    .map((entry) => ({
      slug: entry.data.regulation!,
      title: entry.data.title,
      policy: policySchema.parse(entry.data),
      sourceEnds: sourceEnds(entry.data.regulation!),
    }))
    .sort((a, b) => position(a.slug) - position(b.slug));
}
