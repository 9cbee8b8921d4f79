import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { siteConfig } from '../data/site.ts';
import { todayIn } from '../lib/policy/date.ts';
import { isSearchable, pagePolicy, statusBanner, upcomingBanner } from '../lib/policy/page.ts';
import { lastCommitDate } from './git-dates.ts';
import { regulationPolicies } from './policies.ts';
// Imported as a URL: a plain import from the overview's 修訂記錄 (a component of every page) would put it on every page.
import diffStylesheet from '../styles/changes.css?url';

/**
 * Starlight route middleware: every chapter page gets its regulation's policy (Astro.locals.policy, shown by
 * the PageTitle override), a banner when the regulation is a draft or repealed, no search index when repealed,
 * and its last git commit date. An overview also gets 修訂記錄 in its table of contents and the diffs' stylesheet.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { entry } = route;

  if (route.lastUpdated === undefined && entry.data.lastUpdated !== false && entry.filePath) {
    route.lastUpdated = lastCommitDate(entry.filePath);
  }

  const page = pagePolicy(entry.data, await regulationPolicies(), todayIn(siteConfig.timeZone));
  if (!page) return;
  context.locals.policy = page;

  const banners = [statusBanner(page.policy.status), upcomingBanner(page, todayIn(siteConfig.timeZone), import.meta.env.BASE_URL)].filter(Boolean);
  if (banners.length > 0) entry.data.banner = { content: banners.join(' ') };
  if (!isSearchable(page.policy.status)) entry.data.pagefind = false;
  if (page.isOverview) route.head.push({ tag: 'link', attrs: { rel: 'stylesheet', href: diffStylesheet } });
  if (page.isOverview && route.toc) route.toc.items.push({ depth: 2, slug: 'revisions', text: '修訂記錄', children: [] });
});
