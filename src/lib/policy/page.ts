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
