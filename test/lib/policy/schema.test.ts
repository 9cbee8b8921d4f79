import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterFields } from '../../support/chapter-fields.ts';
import { pagePolicyIssues, policyIssues, policySchema, type Policy } from '../../../src/lib/policy/schema.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'policy');

/** Frontmatter read as Astro reads it: js-yaml's YAML 1.1, where an unquoted 2026-02-30 becomes a Date. */
function frontmatterOf(name: string): Record<string, unknown> {
  const source = readFileSync(join(fixtures, name), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!, { version: '1.1' });
}

/** `field: message` lines, as the build prints them under the file name. */
function problems(name: string): string[] {
  const result = chapterFields.safeParse(frontmatterOf(name));
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('policy metadata in the overview frontmatter', () => {
  it('accepts a complete overview', () => {
    expect(problems('valid-overview.mdx')).toEqual([]);
  });

  it.each([
    ['bad-date.mdx', /^effectiveDate: effectiveDate（生效日期）「2026-02-30」不是有效日期/],
    ['unquoted-date.mdx', /^effectiveDate: effectiveDate（生效日期） 請加上引號/],
    ['unknown-status.mdx', /^status: status（狀態）「試行」不是 草案、生效、廢止 之一$/],
    ['versions-not-increasing.mdx', /^changelog\.2\.version: changelog 第 3 筆（版本 1\.1）沒有比上一筆的 1\.2 新/],
    ['future-entry.mdx', /^changelog\.1\.date: changelog 第 2 筆（版本 1\.1）的日期 2999-01-15 在未來/],
    ['version-mismatch.mdx', /^version: version（版本） 是 1\.2，但 changelog 最後一筆是 1\.1/],
    ['unquoted-version.mdx', /^version: version（版本） 請加上引號.*1\.10 讀成 1\.1/],
    ['wrong-policy-id.mdx', /^policyId: policyId（政策編號） 應為 OPS-003（網站規章清單中這個規章的政策編號；政策編號一經發布不可更改），不是 OPS-009$/],
    ['changelog-typo.mdx', /^changelog\.0: changelog 每筆只能有 version、date、summary（及選填的 effectiveDate），請刪除或改正：summery$/],
    ['review-before-effective.mdx', /^nextReview: nextReview（下次檢視） 2026-01-01 必須晚於 effectiveDate（生效日期） 2026-02-01$/],
    ['section-with-policy.mdx', /^status: status（狀態） 只寫在規章的概覽頁（index\.mdx）；章節頁會自動沿用/],
  ])('%s fails with the field and the reason', (name, expected) => {
    const found = problems(name);
    expect(found.some((line) => expected.test(line)), found.join('\n')).toBe(true);
  });

  it('names each missing field of an overview', () => {
    expect(problems('missing-fields.mdx')).toEqual([
      'version: 規章概覽頁必須填寫 version（版本），寫法見 CONTRIBUTING.md「修改版本與修訂記錄」',
      'changelog: 規章概覽頁必須填寫 changelog（修訂記錄），寫法見 CONTRIBUTING.md「修改版本與修訂記錄」',
    ]);
  });

  it('reports only the problem a fixture was made with', () => {
    for (const name of ['bad-date.mdx', 'unknown-status.mdx', 'versions-not-increasing.mdx', 'version-mismatch.mdx']) {
      expect(problems(name)).toHaveLength(1);
    }
  });

  it('leaves pages outside a regulation alone, but refuses policy fields there', () => {
    expect(chapterFields.safeParse({ order: 0 }).success).toBe(true);
    const result = chapterFields.safeParse({ order: 0, version: '1.0' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['version']]);
  });
});

describe('rules across fields', () => {
  const policy: Policy = policySchema.parse(frontmatterOf('valid-overview.mdx'));

  it('measures the future from the company date it is given', () => {
    expect(policyIssues(policy, '2026-01-15')).toEqual([]);
    const issues = policyIssues(policy, '2026-01-14');
    expect(issues.map((i) => i.path)).toEqual([['changelog', 1, 'date']]);
    expect(issues[0]!.message).toContain('今天是 2026-01-14');
  });

  it('compares versions as numbers, so 1.10 follows 1.9', () => {
    const changelog = [
      { version: '1.9', date: '2025-01-01', summary: '甲' },
      { version: '1.10', date: '2025-02-01', summary: '乙' },
    ];
    expect(policyIssues({ ...policy, version: '1.10', changelog }, '2026-01-01')).toEqual([]);
  });

  it('refuses a changelog whose dates go backwards', () => {
    const changelog = [
      { version: '1.0', date: '2025-03-01', summary: '甲' },
      { version: '1.1', date: '2025-02-01', summary: '乙' },
    ];
    const issues = policyIssues({ ...policy, version: '1.1', changelog }, '2026-01-01');
    expect(issues.map((i) => i.path)).toEqual([['changelog', 1, 'date']]);
  });

  it('takes an effective date per changelog entry, which for the newest must match the overview', () => {
    const changelog = [
      { version: '1.0', date: '2025-03-01', summary: '甲' },
      { version: '1.1', date: '2025-12-01', effectiveDate: '2026-02-01', summary: '乙' },
    ];
    const announced = policySchema.parse({ ...policy, version: '1.1', effectiveDate: '2026-02-01', changelog });
    expect(announced.changelog[1]!.effectiveDate).toBe('2026-02-01');
    expect(policyIssues(announced, '2026-01-01')).toEqual([]);
    const issues = policyIssues({ ...announced, effectiveDate: '2026-03-01' }, '2026-01-01');
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/effectiveDate（生效日期） 是 2026-03-01，但 changelog 最後一筆的 effectiveDate 是 2026-02-01/)]);
    const bad = policySchema.safeParse({ ...policy, changelog: [{ ...changelog[1]!, effectiveDate: '2026-02-30' }] });
    expect(bad.error?.issues.map((i) => i.message).join()).toMatch(/changelog 的 effectiveDate（生效日期）「2026-02-30」不是有效日期/);
  });

  it('asks a section page to drop every policy field it carries', () => {
    const issues = pagePolicyIssues({ regulation: 'commercial-operations', order: 2, version: '1.0', status: '生效' }, '2026-01-01');
    expect(issues.map((i) => i.path)).toEqual([['version'], ['status']]);
  });
});
