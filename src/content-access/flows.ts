import { getCollection } from 'astro:content';
import { regulationSlugs } from '../data/regulations.ts';
import { flowList } from '../lib/flows/collection.ts';
import type { Flow } from '../lib/flows/schema.ts';

/** HR's flow definitions (content/flows/*.yaml, checked by the collection's schema) in reading order; build time. */
export async function loadFlows(): Promise<Flow[]> {
  return flowList(await getCollection('flows'), regulationSlugs);
}
