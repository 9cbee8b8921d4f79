import { expect, test, type Page } from '@playwright/test';
import { notFoundPath, pageKinds } from '../../scripts/page-kinds.ts';
import { hydrateAll, search } from './helpers.ts';

/**
 * Records, while a page is used, every Content-Security-Policy violation (the DOM event and Chromium's console
 * report) and every request that leaves the local preview. Returns a reader for what was recorded.
 */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') problems.push(`request to ${request.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`);
    });
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

test('the policy is hash-based: no unsafe-inline, nothing from other hosts', async ({ page }) => {
  await page.goto('/');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'self'[^;]* 'sha256-/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:/);
});

for (const { kind, path } of [...pageKinds, { kind: '404', path: notFoundPath }]) {
  test(`the ${kind} page runs under the policy without a violation or a third-party request`, async ({ page }) => {
    const recorded = await watchPolicy(page);
    await page.goto(path);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    expect(await recorded()).toEqual([]);
  });
}

test('search (Pagefind and its WebAssembly) works under the policy', async ({ page }) => {
  const recorded = await watchPolicy(page);
  await page.goto('/');
  const titles = await search(page, '曠工');
  expect(titles.length).toBeGreaterThan(0);
  expect(await recorded()).toEqual([]);
});

test('an island still responds to input under the policy', async ({ page }) => {
  const recorded = await watchPolicy(page);
  await page.goto('/commercial-operations/s4/');
  await hydrateAll(page);
  await page.getByLabel('績效得分').first().fill('85');
  await expect(page.getByRole('status').filter({ hasText: '良好' }).first()).toBeVisible();
  expect(await recorded()).toEqual([]);
});

test('an unknown address gets a Chinese 404 page that leads on', async ({ page }) => {
  const response = await page.goto(notFoundPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這個頁面');
  await expect(page.locator('main')).toContainText('搜尋');
  await expect(page.locator('main').getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
  await page.locator('main').getByRole('link', { name: '商業運營全套管理制度' }).click();
  await expect(page).toHaveURL(/\/commercial-operations\/$/);
});
