import { expect, test } from '@playwright/test';

// A chapter on paper: the text with clause ids and link targets written out, none of the screen-only controls.
test.describe('a printed chapter', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/commercial-operations/s4/');
  });

  test('leaves out the sidebar, search, theme select and buttons', async ({ page }) => {
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByRole('navigation', { name: '主要' })).toBeHidden();
    await expect(page.locator('site-search')).toBeHidden();
    await expect(page.locator('starlight-theme-select').first()).toBeHidden();
    await expect(page.locator('.pagination-links')).toBeHidden();
    for (const button of await page.locator('main button').all()) await expect(button).toBeHidden();
  });

  test('shows each clause id and where a clause link points', async ({ page }) => {
    // The generated text as printed, e.g. ` (/commercial-operations/s4/#c4-2-1)`.
    const generated = (selector: string, pseudo: '::before' | '::after') =>
      page.locator(selector).first().evaluate((el, p) => getComputedStyle(el, p).content.replace(/"/g, ''), pseudo);
    expect(await generated('#c4-1-2 > .clause-no', '::after')).toBe(' #c4-1-2');
    expect(await generated('#c4-2-3-i1', '::before')).toBe('#c4-2-3-i1 ');
    const clauseLink = '.sl-markdown-content a[href^="/commercial-operations/s4/#c"]';
    const href = await page.locator(clauseLink).first().getAttribute('href');
    expect(await generated(clauseLink, '::after')).toBe(` (${href})`);
  });

  test('prints a flow diagram and its steps without the stepper', async ({ page }) => {
    // Hydrated on screen first, so the stepper has its controls and only the print sheet can hide them.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/operating-model/s3/');
    const flow = page.locator('[data-flow-id]').first();
    await flow.scrollIntoViewIfNeeded();
    await expect(flow.locator('.flow-stepper')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(flow.locator('.flow-stepper')).toBeHidden();
    await expect(flow.locator('svg').first()).toBeVisible();
    await expect(flow.locator('.flow-steps')).toBeVisible();
  });

  test('starts each later subsection on a new sheet', async ({ page }) => {
    const breaks = await page.locator('.sl-markdown-content > h2').evaluateAll((headings) =>
      headings.map((h) => getComputedStyle(h).breakBefore),
    );
    expect(breaks.length).toBeGreaterThan(1);
    expect(breaks).toEqual(['auto', ...breaks.slice(1).map(() => 'page')]);
  });
});
