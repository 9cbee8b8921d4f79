import type { RegulationPolicy } from './page.ts';

/** One changelog entry of one regulation, as listed on 最新修訂 and in the feed. */
export interface Revision {
  regulation: string;
  regulationTitle: string;
  policyId: string;
  version: string;
  date: string;
  summary: string;
  /** Its row in the overview's 修訂記錄, e.g. `/commercial-operations/#revision-1-1`. */
  href: string;
}

/** Anchor of a version's row in 修訂記錄: `1.1` → `revision-1-1`. */
export const revisionAnchor = (version: string) => `revision-${version.replaceAll('.', '-')}`;

/** A regulation's changelog, newest first. */
export function revisionsOf({ slug, title, policy }: RegulationPolicy): Revision[] {
  return policy.changelog
    .map((entry) => ({
      regulation: slug,
      regulationTitle: title,
      policyId: policy.policyId,
      version: entry.version,
      date: entry.date,
      summary: entry.summary,
      href: `/${slug}/#${revisionAnchor(entry.version)}`,
    }))
    .reverse();
}

/** Every regulation's changes, newest date first; same-day changes keep the regulations' order. */
export function latestRevisions(regulations: readonly RegulationPolicy[]): Revision[] {
  const all = regulations.flatMap(revisionsOf);
  return all.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** An item of the /updates.xml feed, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * Links are absolute: @astrojs/rss would put a trailing slash after a relative link's #anchor. `body` gives an
 * item's HTML description (the changed clauses); without it the description is the summary.
 */
export function feedItems(revisions: readonly Revision[], site: string | URL, body?: (revision: Revision) => string): FeedItem[] {
  return revisions.map((revision) => ({
    title: `${revision.regulationTitle}（${revision.policyId}）第 ${revision.version} 版`,
    link: new URL(revision.href, site).href,
    pubDate: new Date(`${revision.date}T00:00:00Z`),
    description: body ? body(revision) : revision.summary,
    categories: [revision.regulationTitle],
  }));
}
