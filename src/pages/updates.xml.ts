import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems, latestRevisions } from '../lib/policy/revisions.ts';
import { regulationPolicies } from '../starlight/policies.ts';

/** /updates.xml: the 最新修訂 list as an RSS feed, linked from every page's <head>. */
export async function GET(context: APIContext) {
  return rss({
    title: '運營管理制度：最新修訂',
    description: '公司運營規章的修訂記錄：版本、日期與修訂內容。',
    site: context.site!,
    items: feedItems(latestRevisions(await regulationPolicies()), context.site!),
    customData: '<language>zh-TW</language>',
  });
}
