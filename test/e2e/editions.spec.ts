import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { flaggedForms } from '../fixtures/zh-cn/mainland-flags.ts';
import { search, waitForIsland } from './helpers.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (page: string) =>
  /<main[\s\S]*<\/main>/.exec(page)![0]
    // The hidden search alias holds the other script on purpose (src/lib/zh-cn/html.ts).
    .replace(/<div hidden class="search-alias"[\s\S]*?<\/div>/, '')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '');

test('every page exists in both editions', () => {
  const pages = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() && !['zh-cn', '_astro', 'pagefind'].includes(e.name) ? pages(join(dir, e.name)) : e.name === 'index.html' ? [dir] : [],
    );
  const traditional = pages('');
  expect(traditional.length).toBeGreaterThan(30);
  const missing = traditional.filter((page) => !readdirSync(join(dist, 'zh-cn', page)).includes('index.html'));
  expect(missing).toEqual([]);
});

test('no Simplified page holds a form a mainland reader would flag (着 particles, 裡, 為, 與 …)', () => {
  const pages = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? pages(join(dir, e.name)) : e.name === 'index.html' ? [dir] : [],
    );
  const simplified = pages('zh-cn');
  expect(simplified.length).toBeGreaterThan(30);
  const flagged = simplified.flatMap((page) => flaggedForms(text(html(page))).map((form) => `${page}: ${form}`));
  expect(flagged).toEqual([]);
});

test('the flow stepper speaks mainland Simplified once hydrated (接着, not 接著)', async ({ page }) => {
  await page.goto('/zh-cn/operating-model/s3/');
  const stepper = page.locator('.flow-stepper').first();
  await stepper.scrollIntoViewIfNeeded();
  // Its own strings (负责, 下一步) come through the edition bridge, the steps' text through the page's props.
  await expect(stepper).toContainText('负责');
  const shown: string[] = [];
  const next = stepper.getByRole('button', { name: '下一步' });
  for (let i = 0; i < 30; i++) {
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text is what the reader sees
    shown.push(await stepper.innerText());
    if ((await next.getAttribute('aria-disabled')) === 'true') break;
    await next.click();
  }
  expect(shown.join('\n')).toContain('接着');
  expect(flaggedForms(shown.join('\n'))).toEqual([]);
});

test('the language switcher moves between the two editions of the same page', async ({ page }) => {
  await page.goto('/commercial-operations/s4/');
  await page.getByRole('combobox', { name: '選擇語言' }).first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/zh-cn\/commercial-operations\/s4\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#c4-1-2')).toContainText('迟到或早退在15分钟以内的');
  await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: '繁體中文' });
  await expect(page).toHaveURL(/\/commercial-operations\/s4\/$/);
});

test('clause links in the Simplified edition stay in it and land on the clause', async ({ page }) => {
  await page.goto('/zh-cn/commercial-operations/');
  await page.locator('main').getByRole('link', { name: '四、管理制度' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/commercial-operations\/s4\/$/);
});

test('islands speak Simplified on the Simplified edition and link within it', async ({ page }) => {
  await page.goto('/zh-cn/commercial-operations/s4/');
  const wage = page.getByLabel('月工资', { exact: true });
  await waitForIsland(wage);
  await wage.fill('8700');
  await page.getByLabel('当月绩效奖金', { exact: true }).fill('2000');
  await page.getByLabel('旷工整天数', { exact: true }).fill('1');
  const results = page.locator('.attendance-results');
  await expect(results).toContainText('2,200.00');
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text is what the reader sees
  expect(flaggedForms(await results.innerText())).toEqual([]);
  const href = await results.locator('a[href*="#c4-1-"]').first().getAttribute('href');
  expect(href).toMatch(/^\/zh-cn\/commercial-operations\/s4\/#c4-1-/);
});

test('search on the Traditional edition accepts a Simplified query (旷工)', async ({ page }) => {
  await page.goto('/');
  await search(page, '旷工');
  const href = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
  expect(href).toMatch(/^\/commercial-operations\/s4\//);
});

test('search on the Simplified edition accepts a Traditional query (曠工)', async ({ page }) => {
  await page.goto('/zh-cn/');
  await search(page, '曠工');
  const href = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
  expect(href).toMatch(/^\/zh-cn\/commercial-operations\/s4\//);
});
