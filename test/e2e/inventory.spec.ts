import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, waitForIsland } from './helpers.ts';

const page3 = '/commercial-operations/s3/';

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
  await page.goto(page3);
  const open = page.getByRole('button', { name: '開啟批次模式' });
  await waitForIsland(open);
  await open.click();
  const csv = [
    '商品編號 (SKU),品名,日均需求量,需求標準差,採購提前期,服務水準,每次訂貨成本,單位年持有成本,現有庫存',
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

test('inventory: axe finds no serious violation on the calculator page', async ({ page }) => {
  await page.goto(page3);
  await fillCase(page);
  await expectNoSeriousA11yViolations(page);
});
