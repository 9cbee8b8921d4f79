import { expect, test } from '@playwright/test';
import { waitForIsland } from './helpers.ts';

const page3 = '/commercial-operations/s3/';

const csvHeader = '商品編號 (SKU),品名,日均需求量,需求標準差,採購提前期,服務水準,每次訂貨成本,單位年持有成本,現有庫存';

/** The calculator's page with batch mode opened, as a reader does it. */
async function openBatchMode(page: import('@playwright/test').Page) {
  await page.goto(page3);
  const open = page.getByRole('button', { name: '開啟批次模式' });
  await waitForIsland(open);
  await open.click();
}

async function fillCase(page: import('@playwright/test').Page) {
  await waitForIsland(page.getByLabel('日均需求量', { exact: true }));
  const values: Array<[string, string]> = [
    ['日均需求量', '100'],
    ['需求標準差', '20'],
    ['採購提前期', '4'],
    ['服務水準 (%)', '95'],
    ['每次訂貨成本', '50'],
    ['單位年持有成本', '2'],
    ['現有庫存', '300'],
  ];
  for (const [label, value] of values) await page.getByLabel(label, { exact: true }).fill(value);
}

test('inventory: a hand-worked case gives reorder point and order quantity', async ({ page }) => {
  await page.goto(page3);
  await fillCase(page);
  // z = 1.6449; SS = 1.6449 × √(4 × 20²) = 65.79; ROP = 100 × 4 + 65.79 = 465.79;
  // EOQ = √(2 × 36,500 × 50 / 2) = 1,350.93; max = 1,816.72; order = ⌈1,816.72 − 300⌉ = 1,517.
  const output = page.locator('.inv-output');
  await expect(output).toContainText('465.79');
  await expect(output).toContainText('應立即補貨：建議訂購量 1,517');
  await expect(output.getByRole('link').first()).toHaveAttribute('href', /\/commercial-operations\/s3\/#c3-4-2/);
  await expect(page).toHaveURL(/serviceLevel=95/);
});

test('inventory: a service level of 100 % is refused beside the field', async ({ page }) => {
  await page.goto(page3);
  await fillCase(page);
  const level = page.getByLabel('服務水準 (%)', { exact: true });
  await level.fill('100');
  await expect(level).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('inventory: batch mode reads an uploaded CSV, lists bad rows and still computes good ones', async ({ page }) => {
  await openBatchMode(page);
  const csv = [
    csvHeader,
    'A-1,"沙發, 三人座",100,20,4,95,50,2,300',
    'B-2,餐桌,10,2,7,95,50,2,5000',
    'C-3,壞資料,abc,2,7,95,50,2,10',
  ].join('\n');
  await page.getByLabel('上傳 CSV 檔').setInputFiles({ name: 'skus.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const status = page.locator('.inv-batch-status');
  await expect(status).toContainText('共 3 個品項');
  await expect(status).toContainText('1 個需要補貨');
  await expect(page.locator('.inv-batch-errors')).toContainText('日均需求量');
  await expect(page.locator('.inv-batch table')).toContainText('沙發, 三人座');
});

test('inventory: no demand and no stock raise no alert', async ({ page }) => {
  await page.goto(`${page3}?avgDailyDemand=0&demandStdDev=0&leadTimeDays=10&serviceLevel=95&orderCost=300&holdingCostPerUnitYear=15&onHand=0`);
  await waitForIsland(page.getByLabel('日均需求量', { exact: true }));
  await expect(page.locator('.inv-output')).toContainText('暫不需補貨');
  await expect(page.locator('.inv-output')).not.toContainText('應立即補貨');
});

test('inventory: an absurd deviation is refused beside the field, never ∞ or NaN on the page or the chart', async ({ page }) => {
  await page.goto(page3);
  await fillCase(page);
  await page.getByLabel('服務水準 (%)', { exact: true }).fill('50');
  const sd = page.getByLabel('需求標準差', { exact: true });
  await sd.fill('1' + '0'.repeat(160));
  await expect(sd).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main')).not.toContainText(/NaN|∞|Infinity/);
  expect(await page.locator('.inv-chart [x*="NaN"], .inv-chart [y*="NaN"], .inv-chart [points*="NaN"]').count()).toBe(0);
});

test('inventory: the working shows the inputs as typed', async ({ page }) => {
  await page.goto(page3);
  await fillCase(page);
  await page.getByLabel('服務水準 (%)', { exact: true }).fill('99.999');
  await page.getByLabel('日均需求量', { exact: true }).fill('0.004');
  await page.locator('.inv-explain summary').click();
  await expect(page.locator('.inv-explain')).toContainText('Φ⁻¹(99.999%)');
  await expect(page.locator('.inv-explain')).toContainText('0.004 × 365');
});

test('inventory: a link fills only what it names, and a cleared field stays cleared for the recipient', async ({ page }) => {
  await page.goto(`${page3}?onHand=50`);
  const demand = page.getByLabel('日均需求量', { exact: true });
  await waitForIsland(demand);
  await expect(demand).toHaveValue('');
  await expect(page.locator('#inv-avgDailyDemand-error')).toHaveText('請輸入日均需求量');
  await expect(page.getByLabel('現有庫存', { exact: true })).toHaveValue('50');

  await page.goto(page3);
  await waitForIsland(demand);
  await expect(demand).toHaveValue('20');
  await demand.fill('');
  await expect(page).toHaveURL(/avgDailyDemand=(&|$)/);
  await page.goto(page.url());
  await waitForIsland(demand);
  await expect(demand).toHaveValue('');
  await expect(page.locator('.inv-output')).not.toContainText('應立即補貨');
});

test('inventory: batch rows link their clause and a duplicate SKU is reported', async ({ page }) => {
  await openBatchMode(page);
  const csv = [
    csvHeader,
    'A-1,沙發,100,20,4,95,50,2,300',
    'B-2,餐桌,10,2,7,95,50,2,5000',
    'A-1,重複,10,2,7,95,50,2,5000',
  ].join('\n');
  await page.getByLabel('或貼上 CSV 內容').fill(csv);
  await page.getByRole('button', { name: '試算貼上的內容' }).click();
  await expect(page.locator('.inv-batch-errors')).toContainText('與第 2 列重複');
  const rows = page.locator('.inv-batch table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.locator('a[href$="#c3-4-2-i2"]')).toHaveCount(2);
});
