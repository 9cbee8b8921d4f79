import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, waitForIsland } from './helpers.ts';

const page4 = '/commercial-operations/s4/';

test('KPI: a score gives grade, coefficient and payout, each citing clause 3', async ({ page }) => {
  await page.goto(page4);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await page.getByLabel('績效得分', { exact: true }).fill('85');
  await page.getByLabel('績效獎金基數', { exact: true }).fill('２，０００元');
  const results = page.locator('.kpi-results').first();
  await expect(results).toContainText('績效等級：良好');
  await expect(results).toContainText('發放系數：1.2');
  // 2,000 × 1.2 = 2,400
  await expect(results).toContainText('2,400.00 元');
  const cite = results.getByRole('link').first();
  await expect(cite).toHaveAttribute('href', /\/commercial-operations\/s4\/#c4-2-3/);
  await expect(page).toHaveURL(/score=85/);
});

test('KPI: band edges 89.99 and 90 differ, and the URL restores the case', async ({ page }) => {
  await page.goto(`${page4}?score=89.99&base=1000`);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  const results = page.locator('.kpi-results').first();
  await expect(results).toContainText('績效等級：良好');
  await page.getByLabel('績效得分', { exact: true }).fill('90');
  await expect(results).toContainText('績效等級：優秀');
  await expect(results).toContainText('1,500.00 元');
});

test('KPI: letters in the score mark the field invalid in Chinese, with no NaN on the page', async ({ page }) => {
  await page.goto(page4);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  const score = page.getByLabel('績效得分', { exact: true });
  await score.fill('abc');
  await expect(score).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#kpi-score-error')).toContainText(/數字/);
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('KPI: two failing months in a row raise the consecutive-fail alert', async ({ page }) => {
  await page.goto(page4);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await page.getByLabel('1月得分', { exact: true }).fill('85');
  await page.getByLabel('2月得分', { exact: true }).fill('55');
  await page.getByLabel('3月得分', { exact: true }).fill('58');
  await expect(page.locator('#kpi-year-title').locator('..')).toContainText('連續 2 個月考核不合格');
});

test('KPI: axe finds no serious violation on the calculator page', async ({ page }) => {
  await page.goto(page4);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await page.getByLabel('績效得分', { exact: true }).fill('70');
  await expectNoSeriousA11yViolations(page);
});
