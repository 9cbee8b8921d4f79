import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { changesByVersion } from '../history/clause-changes.ts';
import { feedChangesHtml } from '../lib/policy/change-feed.ts';
import { feedItems, latestRevisions } from '../lib/policy/revisions.ts';
import { regulationPolicies } from '../starlight/policies.ts';

/** /updates.xml: the 最新修訂 list as an RSS feed, linked from every page's <head>; each item lists its changed clauses. */
export async function GET(context: APIContext) {
  const regulations = await regulationPolicies();
  const changes = new Map(regulations.map((regulation) => [regulation.slug, changesByVersion(regulation.slug)]));
  const site = context.site!;
  return rss({
    title: '運營管理制度：最新修訂',
    description: '公司運營規章的修訂記錄：版本、日期、修訂內容與逐條差異。',
    site,
    items: feedItems(latestRevisions(regulations), site, (revision) =>
      feedChangesHtml(revision.summary, revision.regulation, changes.get(revision.regulation)?.get(revision.version)?.changes ?? null, site),
    ),
    customData: '<language>zh-TW</language>',
  });
}
