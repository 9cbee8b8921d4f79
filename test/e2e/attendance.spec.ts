import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, waitForIsland } from './helpers.ts';

const page4 = '/commercial-operations/s4/';

async function fill(page: Page, values: Array<[label: string, value: string]>) {
  await waitForIsland(page.getByLabel('月工資', { exact: true }));
  for (const [label, value] of values) await page.getByLabel(label, { exact: true }).fill(value);
}

test('attendance: a hand-worked month, line by line, each line linking its clause', async ({ page }) => {
  await page.goto(page4);
  // 8,700 ÷ 21.75 = 400 a day. Lateness 5 and 10 are free (≤ 3 minor); 20 > 15 is half a day at clause 2's
  // rate: 400 + 10 % × 2,000 = 600. One half day absent: 2 × 400 + 20 % × 2,000 = 1,200.
  await fill(page, [
    ['月工資', '８，７００'],
    ['當月績效獎金', '2000元'],
    ['遲到/早退分鐘數', '5、10、20'],
    ['曠工半天次數', '1'],
    ['曠工整天數', '0'],
  ]);
  const results = page.locator('.attendance-results');
  await expect(results.locator('[data-result="wage"]')).toHaveText('1,200.00 元');
  await expect(results.locator('[data-result="bonus"]')).toHaveText('600.00 元');
  await expect(results.locator('[data-result="total"]')).toHaveText('1,800.00 元');
  const clauseLinks = results.locator('table a[href*="#c4-1-"]');
  expect(await clauseLinks.count()).toBeGreaterThan(0);
  await expect(page).toHaveURL(/monthlyWage=/);
});

test('attendance: the case survives a reload from the URL', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '8700'], ['當月績效獎金', '2000'], ['曠工整天數', '1']]);
  await expect(page.locator('[data-result="total"]')).toHaveText('2,200.00 元');
  await page.reload();
  await waitForIsland(page.getByLabel('月工資', { exact: true }));
  await expect(page.getByLabel('曠工整天數', { exact: true })).toHaveValue('1');
  await expect(page.locator('[data-result="total"]')).toHaveText('2,200.00 元');
});

test('attendance: six days absent crosses the termination threshold', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '8700'], ['當月績效獎金', '2000'], ['曠工整天數', '6']]);
  await expect(page.locator('.attendance-termination')).toHaveAttribute('data-eligible', 'true');
});

test('attendance: a zero in the minutes list is refused in Chinese next to the field, never NaN', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '8700'], ['當月績效獎金', '2000']]);
  const minutes = page.getByLabel('遲到/早退分鐘數', { exact: true });
  await minutes.fill('5, 0, abc');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#attendance-lateEarlyMinutes-error')).toContainText(/[\u4e00-\u9fff]/);
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('attendance: axe finds no serious violation with results shown', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '8700'], ['當月績效獎金', '2000'], ['曠工半天次數', '1']]);
  await expectNoSeriousA11yViolations(page);
});
