import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { notFoundPath, pageKinds } from '../../scripts/page-kinds.ts';

// Every kind of page, in both themes: axe may report nothing at all, whatever its impact.
const pages = [...pageKinds, { kind: '404', path: notFoundPath }];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { kind, path } of pages) {
    test(`axe finds no violation on the ${kind} page (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // Hydrated islands are what people use; client:visible ones load when scrolled to.
      for (const island of await page.locator('astro-island').all()) {
        await island.scrollIntoViewIfNeeded();
        // client:interaction islands (the quizzes) hydrate when the pointer comes over them.
        if ((await island.getAttribute('client')) === 'interaction') await island.locator('legend, button, input').first().hover();
      }
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const report = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
      );
      expect(report, report.join('\n')).toEqual([]);
    });
  }
}
