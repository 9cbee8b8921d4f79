import { expect, test, type Page } from '@playwright/test';
import { notFoundPath, pageKinds } from '../../scripts/page-kinds.ts';
import { expectNoAxeViolations, hydrateAll, waitForIsland } from './helpers.ts';

// The one place axe runs on the published site (changes.spec checks a revised one): every kind of page, and the
// states a reader reaches on them (search open, results shown, quiz feedback, a flow stepped through), in both
// themes. axe may report nothing at all, whatever its impact.
const pages = [
  ...pageKinds,
  { kind: '404', path: notFoundPath },
  // The Simplified edition: islands render their Traditional strings, converted on the page.
  { kind: 'zh-cn calculator', path: `/zh-cn${pageKinds.find((p) => p.kind === 'calculator')!.path}` },
  { kind: '最新修訂', path: '/updates/' },
];

async function fill(page: Page, values: Array<[label: string, value: string]>) {
  await waitForIsland(page.getByLabel(values[0]![0], { exact: true }));
  for (const [label, value] of values) await page.getByLabel(label, { exact: true }).fill(value);
}

/** States past the first paint: each opens its page and gets there as a reader would. */
const states: Array<{ name: string; path: string; reach: (page: Page) => Promise<void>; scope?: string }> = [
  {
    name: 'the search dialog with results',
    path: '/',
    scope: 'site-search dialog',
    reach: async (page) => {
      await page.getByRole('button', { name: '搜尋' }).click();
      await page.locator('site-search input').fill('考勤制度');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('.pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0);
    },
  },
  {
    name: 'the attendance and KPI calculators with results shown',
    path: '/commercial-operations/s4/',
    reach: async (page) => {
      await fill(page, [['月工資', '8700'], ['當月績效獎金', '2000'], ['曠工半天次數', '1']]);
      await expect(page.locator('[data-result="total"]')).not.toBeEmpty();
      await fill(page, [['績效得分', '70']]);
      await expect(page.locator('.kpi-results').first()).toContainText('績效等級：合格');
    },
  },
  {
    name: 'the inventory calculator with a reorder shown',
    path: '/commercial-operations/s3/',
    reach: async (page) => {
      await fill(page, [['日均需求量', '100'], ['需求標準差', '20'], ['採購提前期', '4'], ['服務水準 (%)', '95'], ['每次訂貨成本', '50'], ['單位年持有成本', '2'], ['現有庫存', '300']]);
      await expect(page.locator('.inv-output')).toContainText('應立即補貨');
    },
  },
  {
    name: 'a flow stepped to its second step',
    path: '/operations-management/s3/',
    reach: async (page) => {
      const figure = page.locator('[data-flow-id="annual-operating-plan"]');
      await figure.scrollIntoViewIfNeeded();
      const controls = figure.getByRole('group', { name: /^逐步檢視/ });
      await controls.getByRole('button', { name: '下一步' }).click();
      await expect(controls).toContainText('第 2 步');
    },
  },
  ...(['commercial-operations', 'mixed'] as const).map((quizId) => ({
    name: `the ${quizId} quiz with an answer's feedback shown`,
    path: quizId === 'mixed' ? '/training/' : `/${quizId}/`,
    reach: async (page: Page) => {
      const quiz = page.locator(`[data-quiz-id="${quizId}"]`);
      await quiz.locator('legend').first().hover();
      await expect(quiz).toHaveAttribute('data-hydrated', 'true');
      const first = quiz.locator('[data-question-id]').first();
      await first.locator('input').first().check();
      await first.getByRole('button', { name: '確認答案' }).click();
      await expect(first.locator('.quiz-verdict')).toBeVisible();
    },
  })),
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.beforeEach(async ({ page }) => page.emulateMedia({ colorScheme }));

    for (const { kind, path } of pages) {
      test(`axe finds no violation on the ${kind} page (${colorScheme})`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await hydrateAll(page);
        await expectNoAxeViolations(page);
      });
    }

    for (const { name, path, reach, scope } of states) {
      test(`axe finds no violation in ${name} (${colorScheme})`, async ({ page }) => {
        test.slow(); // axe over a long page after interaction, on a busy machine
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await reach(page);
        await expectNoAxeViolations(page, scope);
      });
    }
  });
}
