import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The regulations, read from content: every folder `content/docs/{slug}/` whose `index.mdx` names it as its
 * `regulation`, with the overview's title and policyId, ordered by policyId (OPS-001 …). Importing a
 * regulation (npm run import) is all it takes to add one: sidebar, home page, hub and tests follow.
 * Build-time only (Node): read from the project the build or test runs in.
 */
export interface Regulation {
  /** The URL folder under content/docs/. */
  slug: string;
  title: string;
  policyId: string;
}

export type RegulationSlug = string;

export function readRegulations(docsRoot = join(process.cwd(), 'content', 'docs')): Regulation[] {
  if (!existsSync(docsRoot)) return [];
  const found: Regulation[] = [];
  for (const entry of readdirSync(docsRoot, { withFileTypes: true })) {
    const overview = join(docsRoot, entry.name, 'index.mdx');
    if (!entry.isDirectory() || !existsSync(overview)) continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(overview, 'utf8'));
    const data = (front ? parse(front[1]!) : null) as { regulation?: unknown; title?: unknown; policyId?: unknown } | null;
    if (data?.regulation !== entry.name) continue;
    found.push({ slug: entry.name, title: String(data.title ?? entry.name), policyId: String(data.policyId ?? '') });
  }
  return found.sort((a, b) => a.policyId.localeCompare(b.policyId, 'en', { numeric: true }) || a.slug.localeCompare(b.slug));
}

export const regulations: readonly Regulation[] = readRegulations();
export const regulationSlugs: RegulationSlug[] = regulations.map((r) => r.slug);

/** The policyId a new regulation gets: the next number after the highest in use (OPS-004 → OPS-005). */
export function nextPolicyId(existing: readonly Regulation[]): string {
  const numbers = existing.map((r) => /^([A-Z]+)-(\d+)$/.exec(r.policyId)).filter((m) => m !== null);
  const prefix = numbers[0]?.[1] ?? 'OPS';
  const next = Math.max(0, ...numbers.map((m) => Number(m[2]))) + 1;
  return `${prefix}-${String(next).padStart(3, '0')}`;
}
