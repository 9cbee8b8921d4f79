import { expect, test } from '@playwright/test';
import { regulations } from '../../src/data/regulations.ts';
import { search } from './helpers.ts';

test('home page leads to the four regulations', async ({ page }) => {
  await page.goto('/');
  for (const regulation of regulations) {
    await expect(page.getByRole('link', { name: regulation.title }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: '商業運營全套管理制度' }).first().click();
  await expect(page).toHaveURL(/\/commercial-operations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('商業運營全套管理制度');
});

test('sidebar groups each regulation in seed order and navigates to a section', async ({ page }) => {
  await page.goto('/operating-model/');
  const sidebar = page.getByRole('navigation', { name: '主要' });
  const groups = await sidebar.locator('details summary').allInnerTexts();
  expect(groups.map((g) => g.trim())).toEqual(regulations.map((r) => r.title));
  await sidebar.getByRole('link', { name: '三、流程制度細則' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('三、流程制度細則');
});

test('a clause link lands on the clause, which is highlighted', async ({ page }) => {
  await page.goto('/commercial-operations/s4/#c4-1-2');
  const clause = page.locator('#c4-1-2');
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText('遲到或早退在15分鐘以內的');
  await expect(page.locator('#c4-1')).toHaveText('考勤制度');
});

test('the table of contents marks the section being read, from the top and once the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('/commercial-operations/s4/');
  const toc = page.locator('starlight-toc');
  await expect(toc.getByRole('link', { name: '概述' })).toHaveAttribute('aria-current', 'true');
  await page.locator('#c4-2').evaluate((heading) => heading.scrollIntoView());
  await expect(toc.getByRole('link', { name: '績效考核制度' })).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
});

test('on a phone, the contents bar names the section of a shared clause link and follows scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/commercial-operations/s4/#c4-1-2');
  const current = page.locator('mobile-starlight-toc .display-current');
  await expect(current).toHaveText('考勤制度');
  await page.locator('#c4-2').evaluate((heading) => heading.scrollIntoView());
  await expect(current).toHaveText('績效考核制度');
});

test('a truncated source says visibly where it ends', async ({ page }) => {
  await page.goto('/operating-model/s6/');
  await expect(page.getByRole('note', { name: '來源文件說明' })).toContainText('來源文件在此中斷');
});

const searchTerms: Array<[term: string, expectedPath: RegExp]> = [
  ['曠工', /commercial-operations\/s4/],
  ['補貨點', /commercial-operations\/s3/],
  ['績效獎金', /commercial-operations\/s4/],
  ['董事會', /operations-management\/s3/],
  ['預算調整', /operations-management\/s3/],
  ['供應商', /./],
];

for (const [term, expectedPath] of searchTerms) {
  test(`search for ${term} puts a page containing it first`, async ({ page }) => {
    await page.goto('/');
    await search(page, term);
    const firstLink = page.locator('.pagefind-ui__result-link').first();
    const href = (await firstLink.getAttribute('href')) ?? '';
    expect(href).toMatch(expectedPath);
    await firstLink.click();
    await expect(page.locator('main')).toContainText(term);
  });
}

test('search speaks Chinese when nothing matches', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /搜尋/ }).first().click();
  await page.locator('site-search input').first().fill('qqzzxxyy');
  await expect(page.locator('.pagefind-ui__message')).toContainText('找不到「qqzzxxyy」的結果');
});

test('a query typed as the search opens is kept while its scripts load', async ({ page }) => {
  await page.goto('/');
  // Scripts fetched from here on (Pagefind UI, loaded when the search opens) arrive a second late, as on a slow line.
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('曠工');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: '搜尋', exact: true })).toHaveValue('曠工');
  await expect(page.getByRole('textbox', { name: '搜尋', exact: true })).toBeFocused();
});

test('home page leads to each calculator, next to the clause it applies', async ({ page }) => {
  for (const [name, calculator] of [
    ['考勤扣款試算', '.attendance-calc'],
    ['績效等級與獎金試算', '.kpi-tools'],
    ['補貨點試算', '.inv-tools'],
  ] as const) {
    await page.goto('/');
    await page.getByRole('link', { name }).click();
    await expect(page.locator(calculator)).toBeVisible();
  }
});
