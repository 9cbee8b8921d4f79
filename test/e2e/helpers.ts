import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * axe-core on the current page (or the part `scope` selects): no violation at all, whatever its impact, with the
 * offending nodes in the message. Besides axe's default rules, label-content-name-mismatch (experimental in axe 4,
 * so off by default): a control's accessible name must contain its visible text, as Starlight's search button
 * (「搜尋」 with 「Ctrl K」 shown) once did not.
 */
export async function expectNoAxeViolations(page: Page, scope?: string): Promise<void> {
  const axe = new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  const { violations } = await (scope ? axe.include(scope) : axe).analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(report, report.join('\n')).toEqual([]);
}

/** Type a query into Starlight's Pagefind search dialog and return the result titles in order. */
export async function search(page: Page, query: string, timeout = 10_000): Promise<string[]> {
  const dialog = page.locator('site-search dialog').first();
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: /搜尋|搜索/ }).first().click();
  const input = page.locator('site-search input[type="search"], site-search input').first();
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result-title, .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout });
  return results.allInnerTexts();
}

/**
 * Wait until the island holding `locator` has hydrated (Astro drops the `ssr` attribute), so typing is not
 * lost to the server-rendered markup being replaced. client:visible islands hydrate once scrolled into view.
 */
export async function waitForIsland(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

/** Hydrates every island on the page: client:visible ones scrolled into view, client:interaction ones pointed at. */
export async function hydrateAll(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    // One at a time, scrolling again if an island above grew as it hydrated and pushed this one out of sight.
    await expect(async () => {
      await island.scrollIntoViewIfNeeded();
      // client:interaction islands (the quizzes) hydrate when the pointer comes over them.
      if ((await island.getAttribute('client')) === 'interaction') await island.locator('legend, button, input').first().hover();
      await expect(island).not.toHaveAttribute('ssr', { timeout: 1000 });
    }).toPass();
  }
}
