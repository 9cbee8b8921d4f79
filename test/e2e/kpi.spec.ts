import { expect, test } from '@playwright/test';
import { waitForIsland } from './helpers.ts';

const page4 = '/commercial-operations/s4/';

test('KPI: a score gives grade, coefficient and payout, each citing clause 3', async ({ page }) => {
  await page.goto(page4);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await page.getByLabel('績效得分', { exact: true }).fill('85');
  await page.getByLabel('績效獎金基數', { exact: true }).fill('２，０００元');
  const results = page.locator('.kpi-results').first();
  await expect(results).toContainText('績效等級：良好');
  await expect(results).toContainText('發放係數：1.2');
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
  await page.getByRole('button', { name: '開啟計分卡、全年檢視與當月獎金' }).click();
  await page.getByLabel('1月得分', { exact: true }).fill('85');
  await page.getByLabel('2月得分', { exact: true }).fill('55');
  await page.getByLabel('3月得分', { exact: true }).fill('58');
  await expect(page.locator('#kpi-year-title').locator('..')).toContainText('連續 2 個月考核不合格');
});

test('KPI: a base finer than a cent is refused, naming the field, and no payout is shown', async ({ page }) => {
  await page.goto(`${page4}?score=95&base=1000.004`);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await expect(page.getByLabel('績效獎金基數', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#kpi-base-error')).toContainText('績效獎金基數最多到小數點後兩位');
  await expect(page.locator('.kpi-results').first()).not.toContainText('1,500.01');
});

test('KPI: 試算月份 defaults to this month and the result names the rule version; the payout is marked 本站解讀', async ({ page }) => {
  await page.goto(`${page4}?score=85&base=2000`);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  await expect(page.getByLabel('試算月份', { exact: true }).nth(1)).toHaveValue(month);
  const results = page.locator('.kpi-results').first();
  await expect(results).toContainText(/版本 [\d.]+，自 \d{4}-\d{2}-\d{2} 起生效/);
  const reading = results.locator('.calc-reading');
  await expect(reading).toContainText('本站解讀');
  await expect(reading.getByRole('link')).toHaveAttribute('href', /#c4-2-3-i2$/);
  await expect(page).toHaveURL(new RegExp(`km=${month}`));
});

test('KPI: the 當月獎金 wage field says 本月薪資 in its error', async ({ page }) => {
  await page.goto(`${page4}?score=85&base=2000&bw=NaN`);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await expect(page.locator('#kpi-bonus-wage-error')).toHaveText(/^本月薪資必須填入數字/);
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('KPI: a link naming months and a scorecard row opens those parts filled in, and edits there stay in the URL', async ({ page }) => {
  await page.goto(`${page4}?score=85&m1=55&m2=58&r1n=${encodeURIComponent('營收達成率')}&r1w=100&r1t=100&r1a=90`);
  await waitForIsland(page.getByLabel('績效得分', { exact: true }));
  await expect(page.getByLabel('1月得分', { exact: true })).toHaveValue('55');
  await expect(page.locator('#kpi-year-title').locator('..')).toContainText('連續 2 個月考核不合格');
  await expect(page.getByLabel('第1項指標名稱', { exact: true })).toHaveValue('營收達成率');
  await expect(page.getByLabel('第1項實際值', { exact: true })).toHaveValue('90');
  await page.getByLabel('3月得分', { exact: true }).fill('70');
  await expect(page).toHaveURL(/m3=70/);
  // What the link named is still there after the parts took over the URL.
  await expect(page).toHaveURL(/m1=55/);
  await expect(page).toHaveURL(/r1a=90/);
  await expect(page).toHaveURL(/score=85/);
});
