import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { projectRoot } from '../support/project-copy.ts';
import { editedClause, regulation, revisedSite, type RevisedSite } from '../support/revised-site.ts';
import { serveSwappable, type SwappableSite } from '../support/static-server.ts';
import { expectNoAxeViolations } from './helpers.ts';

// Visible change, tried as HR would: CONTRIBUTING's example edit (考勤制度第2條 3次 → 2次) committed and built
// into a second site, then read by someone who last saw the published one.
const publishedDist = join(projectRoot, 'dist');

let revised: RevisedSite;
let site: SwappableSite;

// One worker for the file: the revised site is built once. axe on a whole overview page is slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  revised = await revisedSite();
  site = await serveSwappable(revised.dist);
});
test.afterAll(async () => site?.close());

const diffId = () => `diff-${revised.version.replaceAll('.', '-')}-${editedClause}`;

/** The changed clause's entry: link to the clause, and 3 struck out for 2 right before 「次以內不做處罰」. */
async function expectExampleDiff(entry: ReturnType<Page['locator']>, prefix = '') {
  await expect(entry.getByRole('link', { name: /考勤制度 第2[條条]/ })).toHaveAttribute('href', `${prefix}/${regulation}/s4/#${editedClause}`);
  const html = await entry.locator('.clause-diff').innerHTML();
  expect(html).toMatch(new RegExp(`<del>${revised.from}</del><span class="sr-only">[^<]+</span><ins>${revised.to}</ins>次以[內内]不做[處处][罰罚]`));
  // Colour is not the only cue: struck out and underlined, and said in words to screen readers.
  expect(await entry.locator('del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
  expect(await entry.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
}

test.describe('a committed edit shows as a diff', () => {
  test.beforeEach(() => site.publish(revised.dist));

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`修訂記錄 shows the changed clause and the 修正條文對照表 (${colorScheme}, axe clean)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}/${regulation}/#revisions`);
      await expectExampleDiff(page.locator(`#${diffId()}`));
      const table = page.getByRole('table', { name: `第 ${revised.version} 版修正條文對照表` });
      await expect(table.getByRole('columnheader')).toHaveText(['修正條文', '現行條文', '說明']);
      const row = table.getByRole('row').nth(1);
      await expect(row.getByRole('cell').nth(0).locator('ins')).toHaveText([String(revised.to), String(revised.to)]);
      await expect(row.getByRole('cell').nth(1).locator('del')).toHaveText([String(revised.from), String(revised.from)]);
      await expect(row.getByRole('cell').nth(2)).toContainText(`免罰次數由每月${revised.from}次改為${revised.to}次`);
      await expectNoAxeViolations(page);
    });

    test(`最新修訂 lists the changed clause with its diff (${colorScheme}, axe clean)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}/updates/`);
      const row = page.getByRole('row').filter({ hasText: `免罰次數由每月${revised.from}次改為${revised.to}次` });
      await expectExampleDiff(row.locator('.clause-changes li').first());
      await expectNoAxeViolations(page);
    });
  }

  test('the feed item links the clause anchor and carries the diff', async ({ request }) => {
    const xml = await (await request.get(`${site.url}/updates.xml`)).text();
    const item = xml.split('<item>').find((part) => part.includes(`第 ${revised.version} 版`))!;
    expect(item).toBeDefined();
    expect(item).toMatch(new RegExp(`href=(?:&quot;|")https?://[^"&]+/${regulation}/s4/#${editedClause}(?:&quot;|")`));
    expect(item.replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toContain(`<del>${revised.from}</del><ins>${revised.to}</ins>次以內不做處罰`);
  });

  test('the Simplified edition keeps the marks', async ({ page }) => {
    await page.goto(`${site.url}/zh-cn/${regulation}/#revisions`);
    await expectExampleDiff(page.locator(`#${diffId()}`), '/zh-cn');
    await expect(page.locator(`#${diffId()} .sr-only`).first()).toHaveText('删除：');
  });

  test('prints with the changes still struck out and underlined', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/${regulation}/`);
    const table = page.getByRole('table', { name: /修正條文對照表/ });
    await expect(table).toBeVisible();
    expect(await table.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    expect(await table.locator('del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
  });
});

test.describe('changed since you last read', () => {
  const notice = (page: Page) => page.locator('[data-changed-notice]');

  test('a returning reader sees the changed clause listed and marked until read', async ({ page }) => {
    site.publish(publishedDist);
    await page.goto(`${site.url}/${regulation}/s4/`);
    await expect(page.locator('#c4-1-2')).toBeVisible();
    await expect(notice(page)).toBeHidden();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('policy-read:v1'))).toContain(`"${revised.previous}"`);

    site.publish(revised.dist);
    await page.goto(`${site.url}/${regulation}/s1/`);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText(revised.version);
    const item = notice(page).getByRole('listitem').filter({ hasText: '考勤制度 第2條' });
    await expect(item.getByRole('link', { name: /考勤制度 第2條/ })).toHaveAttribute('href', `/${regulation}/s4/#${editedClause}`);
    await expect(item.getByRole('link', { name: '查看修訂差異' })).toHaveAttribute('href', `/${regulation}/#${diffId()}`);
    await expectNoAxeViolations(page);

    // The link leads to the clause, which carries the mark on this visit.
    await item.getByRole('link', { name: /考勤制度 第2條/ }).click();
    await expect(page.locator(`#${editedClause} .revised-mark`)).toHaveText('已修訂');
    await expect(page.locator('.revised-mark')).toHaveCount(1);

    // In print none of it shows.
    await page.emulateMedia({ media: 'print' });
    await expect(notice(page)).toBeHidden();
    await expect(page.locator('.revised-mark')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // Read now: the next visit shows neither.
    await page.reload();
    await expect(page.locator('#c4-1-2')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(notice(page)).toBeHidden();
    await expect(page.locator('.revised-mark')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('policy-read:v1'))).toContain(`"${revised.version}"`);
  });

  test('the Simplified edition lists the clause in its own script and links', async ({ page }) => {
    site.publish(publishedDist);
    await page.goto(`${site.url}/zh-cn/${regulation}/`);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('policy-read:v1'))).toContain(`"${revised.previous}"`);
    site.publish(revised.dist);
    await page.goto(`${site.url}/zh-cn/${regulation}/s1/`);
    const link = notice(page).getByRole('link', { name: /考勤制度 第2条/ });
    await expect(link).toHaveAttribute('href', `/zh-cn/${regulation}/s4/#${editedClause}`);
  });

  test('bad stored data is reset quietly, and a first visit announces nothing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    site.publish(revised.dist);
    await page.goto(`${site.url}/`);
    for (const bad of ['{', '[]', '{"commercial-operations":"1.0"}', '{"commercial-operations":["0.1"]}']) {
      await page.evaluate((text) => localStorage.setItem('policy-read:v1', text), bad);
      await page.goto(`${site.url}/${regulation}/s4/`);
      await expect.poll(() => page.evaluate(() => localStorage.getItem('policy-read:v1'))).toContain(`"${revised.version}"`);
      await expect(notice(page)).toBeHidden();
      await expect(page.locator('.revised-mark')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test('without JavaScript nothing is shown and the page reads as usual', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    site.publish(revised.dist);
    await page.goto(`${site.url}/${regulation}/s4/`);
    await expect(page.locator('#c4-1-2')).toContainText(`${revised.to}次以內不做處罰`);
    await expect(notice(page)).toBeHidden();
    await context.close();
  });
});
