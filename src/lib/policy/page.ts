import { formatDate } from './date.ts';
import { inForceOn, upcoming, type Dated } from './in-force.ts';
import { revisionAnchor } from './revisions.ts';
import type { Policy, PolicyStatus } from './schema.ts';
import { isUnconfirmed } from './unconfirmed.ts';

/** One regulation's policy, read from its overview page. */
export interface RegulationPolicy {
  slug: string;
  title: string;
  policy: Policy;
  /** The chapter where the source document stops mid-sentence (it holds <SourceEnds />), if any. */
  sourceEnds?: { href: string; title: string };
}

/** What a chapter page shows in its header: its regulation's policy, inherited by every section page. */
export interface PagePolicy extends RegulationPolicy {
  isOverview: boolean;
  overviewHref: string;
  reviewOverdue: boolean;
}

/** A review date that has passed (the review day itself is still on time). Dates are `YYYY-MM-DD`. */
export function isReviewOverdue(nextReview: string, today: string): boolean {
  return nextReview < today;
}

/** The policy a page shows, or undefined for pages outside any regulation (home, training, updates). */
export function pagePolicy(
  page: { regulation?: string; order?: number },
  regulations: readonly RegulationPolicy[],
  today: string,
): PagePolicy | undefined {
  const regulation = regulations.find((r) => r.slug === page.regulation);
  if (!regulation) return undefined;
  return {
    ...regulation,
    isOverview: page.order === 0,
    overviewHref: `/${regulation.slug}/`,
    // A review date nobody has confirmed is no reason to warn.
    reviewOverdue: !isUnconfirmed(regulation.policy, 'nextReview') && isReviewOverdue(regulation.policy.nextReview, today),
  };
}

/** Banner text above the title: drafts and repealed regulations must not be mistaken for the rules in force. */
export function statusBanner(status: PolicyStatus): string | undefined {
  if (status === '草案') return '本制度目前為<strong>草案</strong>，尚未生效，內容可能再修改。';
  if (status === '廢止') return '本制度<strong>已廢止</strong>，不再適用，僅保留供查閱。';
  return undefined;
}

/** Repealed text stays readable but out of search, so a search never answers with a rule no longer in force. */
export function isSearchable(status: PolicyStatus): boolean {
  return status !== '廢止';
}

/**
 * Each changelog version with the first day it applies: the entry's `effectiveDate`, else (for the newest) the
 * overview's, else the entry's date. Oldest first, as the changelog is.
 */
export function versionDates(policy: Policy): Dated<string>[] {
  return policy.changelog.map((entry, index) => ({
    version: entry.version,
    effectiveDate: entry.effectiveDate ?? (index === policy.changelog.length - 1 ? policy.effectiveDate : entry.date),
    value: entry.summary,
  }));
}

/**
 * Banner for a version announced but not yet in force: its date, a link to what changes (its 修訂記錄 row), and
 * which version applies until then. Undefined when no version lies ahead of `today`.
 */
export function upcomingBanner({ slug, policy }: RegulationPolicy, today: string, base = '/'): string | undefined {
  const versions = versionDates(policy);
  const next = upcoming(versions, today)[0];
  if (!next) return undefined;
  const current = inForceOn(versions, today);
  const root = base.endsWith('/') ? base : `${base}/`;
  const until = current.version === next.version ? '' : `在此之前仍適用第 ${current.version} 版，試算與規則表也依各月份適用的版本計算。`;
  return (
    `本頁條文為第 ${next.version} 版，將於 <time datetime="${next.effectiveDate}">${formatDate(next.effectiveDate)}</time> 起生效` +
    `（<a href="${root}${slug}/#${revisionAnchor(next.version)}">修訂內容</a>）。${until}`
  );
}
