import { describe, expect, it } from 'vitest';
import { isReviewOverdue, isSearchable, pagePolicy, statusBanner, upcomingBanner, versionDates, type RegulationPolicy } from '../../../src/lib/policy/page.ts';

const commercial: RegulationPolicy = {
  slug: 'commercial-operations',
  title: '商業運營全套管理制度',
  policy: {
    policyId: 'OPS-003',
    version: '1.1',
    effectiveDate: '2026-02-01',
    department: '商業運營部',
    status: '生效',
    nextReview: '2027-02-01',
    changelog: [
      { version: '1.0', date: '2025-06-30', summary: '首次發布。' },
      { version: '1.1', date: '2026-01-15', summary: '修訂考勤制度。' },
    ],
  },
};

describe('the policy a page shows', () => {
  it('is inherited by a section page from its regulation, with the way back to the history', () => {
    const page = pagePolicy({ regulation: 'commercial-operations', order: 4 }, [commercial], '2026-11-26');
    expect(page).toMatchObject({ title: '商業運營全套管理制度', isOverview: false, overviewHref: '/commercial-operations/' });
    expect(page!.policy.version).toBe('1.1');
  });

  it('marks the overview as such', () => {
    expect(pagePolicy({ regulation: 'commercial-operations', order: 0 }, [commercial], '2026-11-26')!.isOverview).toBe(true);
  });

  it('is absent on pages outside a regulation', () => {
    expect(pagePolicy({ order: 0 }, [commercial], '2026-11-26')).toBeUndefined();
  });

  it('warns once the review date has passed, not on the day itself', () => {
    expect(isReviewOverdue('2027-02-01', '2027-02-01')).toBe(false);
    expect(isReviewOverdue('2027-02-01', '2027-02-02')).toBe(true);
    expect(pagePolicy({ regulation: 'commercial-operations', order: 1 }, [commercial], '2027-03-01')!.reviewOverdue).toBe(true);
    expect(pagePolicy({ regulation: 'commercial-operations', order: 1 }, [commercial], '2026-11-26')!.reviewOverdue).toBe(false);
  });
});

describe('status', () => {
  it('puts a banner on drafts and repealed regulations only', () => {
    expect(statusBanner('草案')).toContain('草案');
    expect(statusBanner('草案')).toContain('尚未生效');
    expect(statusBanner('廢止')).toContain('已廢止');
    expect(statusBanner('生效')).toBeUndefined();
  });

  it('keeps repealed regulations out of search', () => {
    expect(isSearchable('廢止')).toBe(false);
    expect(isSearchable('生效')).toBe(true);
    expect(isSearchable('草案')).toBe(true);
  });
});

describe('a version announced ahead of its effective date', () => {
  // 1.1 recorded on 2026-01-15, in force from 2026-02-01 (the overview's effectiveDate).
  it('dates each version from its entry, else the overview (newest), else the entry date', () => {
    expect(versionDates(commercial.policy).map((v) => [v.version, v.effectiveDate])).toEqual([
      ['1.0', '2025-06-30'],
      ['1.1', '2026-02-01'],
    ]);
    const explicit = { ...commercial.policy, changelog: [{ ...commercial.policy.changelog[0]!, effectiveDate: '2025-07-01' }, commercial.policy.changelog[1]!] };
    expect(versionDates(explicit)[0]!.effectiveDate).toBe('2025-07-01');
  });

  it('gets a banner with the date, the link to what changes and the version still applying', () => {
    const banner = upcomingBanner(commercial, '2026-01-31')!;
    expect(banner).toContain('第 1.1 版，將於 <time datetime="2026-02-01">');
    expect(banner).toContain('href="/commercial-operations/#revision-1-1"');
    expect(banner).toContain('仍適用第 1.0 版');
  });

  it('has none from its effective date on', () => {
    expect(upcomingBanner(commercial, '2026-02-01')).toBeUndefined();
  });
});
