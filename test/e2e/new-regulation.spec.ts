import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject, run, scratchDir } from '../support/project-copy.ts';
import { serveStatic } from '../support/static-server.ts';
import { search } from './helpers.ts';

/**
 * CONTRIBUTING.md「新增規章」, step by step, in a temporary copy of the project: import a text file, run the
 * checks, build, and find the new regulation on the home page, in the sidebar, in search and in the hub.
 * Nothing else is edited by hand. Cost: one full build plus the content tests (each step's time is logged).
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

let copy: string;
let site: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const started = Date.now();
  const step = (name: string, args: string[]) => {
    run(copy, 'npm', args);
    console.info(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  copy = copyProject(scratchDir('new-regulation-'), { history: 'full', withWorkingTree: true });
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'new-regulation', 'finance.txt');
  step('import', ['run', 'import', '--', fixture, '--slug', 'finance-rules', '--title', '財務管理制度']);
  step('lint', ['run', 'lint:content']);
  // The content checks of `npm test` that a new regulation's files must pass.
  step('content tests', ['exec', '--', 'vitest', 'run', '--config', 'test/vitest.config.ts', 'test/content/chapters.test.ts', 'test/content/placeholders.test.ts', 'test/lib/quiz/banks.test.ts']);
  step('build', ['run', 'build']);
  site = await serveStatic(join(copy, 'dist'));
});

test.afterAll(async () => {
  await site?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('the home page has a card for the new regulation', async ({ page }) => {
  await page.goto(`${site.url}/`);
  await page.getByRole('link', { name: /財務管理制度/ }).first().click();
  await expect(page).toHaveURL(/\/finance-rules\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('財務管理制度');
  // Imported as a draft, with its policy data.
  await expect(page.getByText('本制度目前為草案').first()).toBeVisible();
});

test('the sidebar lists its chapters', async ({ page }) => {
  await page.goto(`${site.url}/finance-rules/`);
  const sidebar = page.getByRole('navigation', { name: '主要' });
  await expect(sidebar.locator('details summary', { hasText: '財務管理制度' })).toBeVisible();
  await sidebar.getByRole('link', { name: '二、費用報銷' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、費用報銷');
  await expect(page.locator('#c2-1')).toHaveText('（一）差旅費用');
});

test('search finds its text', async ({ page }) => {
  await page.goto(`${site.url}/`);
  const titles = await search(page, '差旅住宿標準');
  expect(titles.join('\n')).toContain('費用報銷');
});

test('the training hub lists its quiz, and 待補資料 its new placeholder', async ({ page }) => {
  await page.goto(`${site.url}/training/`);
  await expect(page.getByRole('link', { name: '財務管理制度' }).first()).toBeVisible();
  await page.goto(`${site.url}/placeholders/`);
  await expect(page.getByText('[報銷期限]').first()).toBeVisible();
});
