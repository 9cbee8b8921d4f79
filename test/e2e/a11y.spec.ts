import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { notFoundPath, pageKinds } from '../../scripts/page-kinds.ts';

// Every kind of page, in both themes: axe may report nothing at all, whatever its impact. Besides axe's default
// rules, label-content-name-mismatch (experimental in axe 4, so off by default): a control's accessible name
// must contain its visible text, as Starlight's search button (「搜尋」 with 「Ctrl K」 shown) once did not.
const pages = [...pageKinds, { kind: '404', path: notFoundPath }];
const axe = (page: Page) => new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
const report = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { kind, path } of pages) {
    test(`axe finds no violation on the ${kind} page (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      // Hydrated islands are what people use; client:visible ones load when scrolled to.
      for (const island of await page.locator('astro-island').all()) {
        await island.scrollIntoViewIfNeeded();
        // client:interaction islands (the quizzes) hydrate when the pointer comes over them.
        if ((await island.getAttribute('client')) === 'interaction') await island.locator('legend, button, input').first().hover();
      }
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      const found = report((await axe(page).analyze()).violations);
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  test(`axe finds no violation in the search dialog with results (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await page.getByRole('button', { name: '搜尋' }).click();
    await page.locator('site-search input').fill('考勤制度');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0);
    const found = report((await axe(page).include('site-search dialog').analyze()).violations);
    expect(found, found.join('\n')).toEqual([]);
  });
}
