import { expect, test, type Page } from '@playwright/test';
import { waitForIsland } from './helpers.ts';

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
  // The address follows the screen one effect later; reload what a reader would copy.
  await expect(page).toHaveURL(/absentFullDays=1(?:&|$)/);
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

test('attendance: the working is shown so a hand check agrees to the cent', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '5000'], ['當月績效獎金', '2000'], ['曠工整天數', '3']]);
  await expect(page.locator('[data-working="daily"]')).toHaveText('5,000.00 元 ÷ 21.75 = 229.885057… 元');
  await expect(page.locator('[data-working="absent-full-day"]')).toContainText('3 × 3 × 229.885057… 元 = 2,068.97 元');
  await expect(page.locator('[data-working="absent-full-day"]')).toContainText('3 × 50% × 2,000.00 元 = 3,000.00 元');
});

test('attendance: the bonus cap is shown as 本站解讀 with the clauses it reads', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '8700'], ['當月績效獎金', '100'], ['曠工整天數', '3']]);
  const reading = page.locator('.attendance-results .calc-reading').filter({ hasText: '全額' });
  await expect(reading).toContainText('本站解讀');
  await expect(reading.getByRole('link')).toHaveAttribute('href', /#c4-1$/);
  await expect(page.locator('[data-line="bonus-cap"] th')).toContainText('本站解讀');
});

test('attendance: 試算月份 defaults to this month, names the rule version and travels in the link', async ({ page }) => {
  await page.goto(page4);
  await fill(page, [['月工資', '8700'], ['當月績效獎金', '2000']]);
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  await expect(page.locator('#attendance-month')).toHaveValue(month);
  await expect(page.locator('.attendance-results .calc-version')).toContainText(/考勤制度版本 [\d.]+，自 \d{4}-\d{2}-\d{2} 起生效/);
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
});

test('attendance: a link fills only what it names, and an input typed before hydration is kept', async ({ page }) => {
  // Hold the island's code back until after typing, as a slow connection would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Calculator\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${page4}?absentFullDays=1`);
  const wage = page.getByLabel('月工資', { exact: true });
  await wage.scrollIntoViewIfNeeded();
  await expect(page.locator('.attendance-results')).toHaveText('試算需要啟用 JavaScript；規則見上表');
  await wage.fill('8700');
  await page.getByLabel('當月績效獎金', { exact: true }).fill('2000');
  release();
  await waitForIsland(wage);
  await expect(wage).toHaveValue('8700');
  // The link named only 曠工整天數: 曠工半天次數 is empty, not the form's 0, and says so.
  await expect(page.getByLabel('曠工半天次數', { exact: true })).toHaveValue('');
  await expect(page.locator('#attendance-absentHalfDays-error')).toContainText('請輸入曠工半天次數');
  await page.getByLabel('曠工半天次數', { exact: true }).fill('0');
  await expect(page.locator('[data-result="total"]')).toHaveText('2,200.00 元');
});

test('attendance: without JavaScript the results region says why nothing happens', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page4);
  await expect(page.locator('.attendance-results')).toHaveText('試算需要啟用 JavaScript；規則見上表');
  await expect(page.locator('.attendance-reset')).toBeDisabled();
  await expect(page.locator('.kpi-results').first()).toContainText('試算需要啟用 JavaScript；規則見上表');
  await expect(page.locator('table.attendance-rules')).toBeVisible();
  await context.close();
});

test('attendance: the desktop calculator page does not shift as the islands take over', async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(page4);
  // Scroll as a reader does, so the client:visible islands hydrate while in view.
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
  }
  await expect(page.locator('.attendance-results .calc-script-needed')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('.kpi-results .calc-script-needed')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.05);
});
