import { expect, test, type Page } from '@playwright/test';
import { pageKinds } from '../../scripts/page-kinds.ts';

/**
 * Cumulative layout shift at Lighthouse's desktop size. A browser paints a long page before it has parsed all of
 * it, whenever the network or the CPU makes it wait; where that first paint falls is chance (Lighthouse saw 0.42
 * on a chapter one run in five). Here it is made certain: the HTML is held at a parser-blocking script (served
 * late) at each point where a paint can catch the layout half-built, and the page must not move once the rest
 * arrives.
 */
const holdPoints = ['<div class="main-pane', '<main'];
const hold = '/__hold-parser.js';

async function layoutShift(page: Page, path: string, at: string): Promise<{ cls: number; sources: string[] }> {
  await page.route(hold, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html, `${path} has no ${at}`).toContain(at);
    await route.fulfill({ response, body: html.replace(at, `<script src="${hold}"></script>${at}`) });
  });
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; sources: string[] }> = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> }>) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName),
        );
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'load' });
  // Late work (the theme and language pickers, the offline line, the changed-since notice) runs after load.
  await page.waitForTimeout(1000);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);
  return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), sources: shifts.flatMap((shift) => shift.sources) };
}

test.use({ viewport: { width: 1350, height: 940 } });

for (const kind of ['chapter', 'calculator']) {
  const { path } = pageKinds.find((page) => page.kind === kind)!;
  for (const at of holdPoints) {
    test(`${kind} page ${path}: layout shift at most 0.1 when the first paint comes before ${at}`, async ({ page }) => {
      const { cls, sources } = await layoutShift(page, path, at);
      expect(cls, `layout shift ${cls.toFixed(3)}, moved: ${sources.join(', ')}`).toBeLessThanOrEqual(0.1);
    });
  }
}
