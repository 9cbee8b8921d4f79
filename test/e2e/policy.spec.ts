import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { siteConfig } from '../../src/data/site.ts';
import { formatDate } from '../../src/lib/policy/date.ts';
import { policySchema, unconfirmedText } from '../../src/lib/policy/schema.ts';
import { isUnconfirmed } from '../../src/lib/policy/unconfirmed.ts';
import { docsRoot, readChapter } from '../support/chapters.ts';

// What HR wrote in the overview's frontmatter is what every page of the regulation must show.
const policy = policySchema.parse(readChapter(join(docsRoot, 'commercial-operations', 'index.mdx')).frontmatter);

const header = (page: Page) => page.getByRole('region', { name: '制度資訊' });
const field = (region: Locator, label: string) => region.locator('div', { has: region.page().locator(`dt:text-is("${label}")`) }).locator('dd');

async function expectPolicyHeader(page: Page) {
  const region = header(page);
  await expect(region).toBeVisible();
  await expect(field(region, '版本')).toHaveText(policy.version);
  // Facts HR has not confirmed read 待確認 (test/e2e/policy-facts.spec.ts checks that in full).
  const shown = (field: Parameters<typeof isUnconfirmed>[1], value: string) => (isUnconfirmed(policy, field) ? unconfirmedText : value);
  await expect(field(region, '生效日期')).toHaveText(shown('effectiveDate', formatDate(policy.effectiveDate)));
  await expect(field(region, '主管部門')).toHaveText(shown('department', policy.department));
  await expect(field(region, '狀態')).toHaveText(shown('status', policy.status));
  await expect(field(region, '下次檢視')).toHaveText(shown('nextReview', formatDate(policy.nextReview)));
  await expect(region.getByRole('note')).toBeHidden();
}

test('a section page shows its regulation’s version, dates, owner and status, and leads to the history', async ({ page }) => {
  await page.goto('/commercial-operations/s4/');
  await expectPolicyHeader(page);
  await header(page).getByRole('link', { name: '修訂記錄' }).click();
  await expect(page).toHaveURL(/\/commercial-operations\/#revisions$/);
  await expect(page.getByRole('heading', { name: '修訂記錄' })).toBeInViewport();
});

test('the overview shows the header and its 修訂記錄, newest first, listed in the table of contents', async ({ page }) => {
  await page.goto('/commercial-operations/');
  await expectPolicyHeader(page);
  const rows = page.locator('table.revision-history tbody tr');
  const newestFirst = [...policy.changelog].reverse();
  await expect(rows).toHaveCount(newestFirst.length);
  for (const [index, entry] of newestFirst.entries()) {
    // The summary cell also lists the clauses a later version changed.
    await expect(rows.nth(index).locator('td')).toHaveText([entry.version, formatDate(entry.date), new RegExp(`^${entry.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)]);
  }
  await expect(page.locator('starlight-toc').getByRole('link', { name: '修訂記錄' })).toHaveAttribute('href', '#revisions');
});

test('each page says when it last changed and how to edit it', async ({ page }) => {
  await page.goto('/commercial-operations/s4/');
  await expect(page.getByText('最後更新於：')).toBeVisible();
  await expect(page.locator('footer time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByRole('link', { name: '編輯頁面' })).toHaveAttribute(
    'href',
    `${siteConfig.editBaseUrl}content/docs/commercial-operations/s4.mdx`,
  );
});

test('最新修訂 lists the newest change of each regulation and leads to its row', async ({ page }) => {
  await page.goto('/updates/');
  const newest = policy.changelog.at(-1)!;
  const row = page.locator('table.latest-revisions tr', { hasText: '商業運營全套管理制度' }).filter({ hasText: newest.summary });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: '商業運營全套管理制度' }).click();
  await expect(page.locator(`tr#revision-${newest.version.replaceAll('.', '-')}`)).toBeInViewport();
});

test('the RSS feed is linked from the page head and lists the same changes', async ({ page, request }) => {
  await page.goto('/commercial-operations/s4/');
  const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feed).toHaveAttribute('href', '/updates.xml');
  const xml = await (await request.get('/updates.xml')).text();
  expect(xml).toContain(`<title>商業運營全套管理制度（${policy.policyId}）第 ${policy.version} 版</title>`);
  expect(xml).toContain(`${siteConfig.url}/commercial-operations/#revision-${policy.version.replaceAll('.', '-')}</link>`);
});

test('待補資料 lists each open placeholder with a link to where it appears', async ({ page }) => {
  await page.goto('/placeholders/');
  const section = page.locator('section.pending-placeholder', { has: page.getByRole('heading', { name: '[具體時間]' }) });
  const links = section.getByRole('link');
  await expect(links).toHaveCount(2);
  await links.first().click();
  await expect(page).toHaveURL(/\/operations-management\/s3\/#c3-/);
  const target = page.locator(':target');
  await expect(target.locator('mark.placeholder', { hasText: '[具體時間]' }).first()).toBeVisible();
});

test('the links check fails the build of a site with a broken link and a broken anchor', async () => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'links-fixture-'));
  const root = join(import.meta.dirname, '..', '..');
  try {
    const build = promisify(execFile)('npx', ['astro', 'build', '--root', 'test/fixtures/links-site'], {
      cwd: root,
      env: { ...process.env, LINKS_FIXTURE_OUT: out, FORCE_COLOR: '0' },
    });
    const failure = await build.then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure, 'the fixture build should fail').toBeDefined();
    const report = `${failure!.stdout}${failure!.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(report).toContain('Links validation failed.');
    expect(report).toMatch(/index\.mdx[\s\S]*7 \| \/reg\/s9\/\s*\n\s*·\s*╰── invalid link/);
    expect(report).toMatch(/8 \| \/reg\/s4\/#c4-1-9\s*\n\s*·\s*╰── invalid hash/);
    expect(report).toContain('Found 2 invalid links in 1 file.');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
