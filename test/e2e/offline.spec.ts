import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../src/offline/service-worker.ts';
import { serveStatic } from '../support/static-server.ts';
import { expectNoAxeViolations, search, waitForIsland } from './helpers.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** Waits until the service worker has precached the site and controls this page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const offlineNote = (page: Page) => page.getByRole('status').filter({ hasText: '離線中' });

// The other specs block service workers (playwright.config.ts); here they are the subject. Installing one downloads
// the whole precache, on top of the pages themselves.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 150_000 });

test('offline: after one visit, chapters, a calculator and search work without a network', async ({ page, context }) => {
  await page.goto('/');
  await installed(page);
  // Used once online, so cached as used: a search, and a page of the Simplified edition.
  expect(await search(page, '曠工', 30_000)).not.toEqual([]);
  await page.goto('/zh-cn/operations-management/s1/');
  await expect(offlineNote(page)).toHaveCount(0);

  await context.setOffline(true);
  for (const path of ['/operations-management/s1/', '/home-operations/s3/', '/operating-model/s3/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.locator('.sl-markdown-content')).not.toBeEmpty();
    await expect(offlineNote(page)).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.goto('/commercial-operations/s4/');
  await waitForIsland(page.getByLabel('月工資', { exact: true }));
  // 8,700 ÷ 21.75 = 400 a day; one day absent: 3 × 400 + 50 % × 2,000 = 2,200.
  await page.getByLabel('月工資', { exact: true }).fill('8700');
  await page.getByLabel('當月績效獎金', { exact: true }).fill('2000');
  await page.getByLabel('曠工整天數', { exact: true }).fill('1');
  await expect(page.locator('[data-result="total"]')).toHaveText('2,200.00 元');
  // The calculator keeps its inputs in the query; that address still opens offline.
  await expect(page).toHaveURL(/absentFullDays=1(?:&|$)/);
  await page.reload();
  await expect(page.getByLabel('曠工整天數', { exact: true })).toHaveValue('1');

  expect(await search(page, '曠工', 30_000)).not.toEqual([]);

  await page.goto('/zh-cn/operations-management/s1/');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect(page.getByRole('status').filter({ hasText: '离线中' })).toBeVisible();
});

test('offline: a printed page shows no offline or update line', async ({ page, context }) => {
  await page.goto('/operations-management/s1/');
  await installed(page);
  await context.setOffline(true);
  await page.reload();
  await expect(offlineNote(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(offlineNote(page)).toBeHidden();
});

test.describe('a new build published', () => {
  let site: { url: string; close: () => Promise<void> };
  let root: string;
  test.beforeAll(async () => {
    // A copy of dist/ served on its own port, so the real build stays as it is.
    root = mkdtempSync(join(tmpdir(), 'offline-site-'));
    cpSync(dist, root, { recursive: true });
    site = await serveStatic(root);
  });
  test.afterAll(async () => {
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('offers 「規章已更新，重新整理」 and reloads into it', async ({ page }) => {
    const chapter = `${site.url}/operations-management/s1/`;
    await page.goto(chapter);
    await installed(page);
    await expect(page.getByRole('button', { name: '規章已更新，重新整理' })).toBeHidden();

    // Publish: a changed chapter, and the service worker regenerated from the new files, as `npm run build` does.
    const file = join(root, 'operations-management/s1/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '（第二版）</h1>'));
    await buildServiceWorker(root);

    // The old build keeps serving (no silent swap) until the reader accepts the new one.
    await page.reload();
    const prompt = page.getByRole('button', { name: '規章已更新，重新整理' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('第二版');
    await expectNoAxeViolations(page);

    // Reachable by keyboard: right after the skip link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(prompt).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('第二版', { timeout: 15_000 });
    await expect(prompt).toBeHidden();
  });
});
