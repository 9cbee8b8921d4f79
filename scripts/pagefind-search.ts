import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export interface FirstSearch {
  requests: number;
  /** Bytes sent for /pagefind/ requests, headers included; the preview gzips as a production server would. */
  bytes: number;
  /** Of `bytes`, what loaded when the search dialog opened, before typing. */
  bytesBeforeTyping: number;
  results: number;
  /** From typing the query to the first result on screen, Pagefind UI's input debounce included. */
  ms: number;
}

/**
 * A first search in a fresh browser (empty cache): open the home page, open the search dialog, type `query`,
 * wait for the first result. Requests from Pagefind's web worker are counted too.
 */
export async function measureFirstSearch(baseUrl: string, dist: string, query: string): Promise<FirstSearch> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ locale: 'zh-TW' });
    const totals = { requests: 0, bytes: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      pending.push(
        request.sizes().then((sizes) => {
          // Chromium reports no body size for a worker's own script; count it as the gzipped file.
          const file = join(dist, path);
          const body = sizes.responseBodySize || (existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
          totals.requests += 1;
          totals.bytes += body + sizes.responseHeadersSize;
        }),
      );
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /搜尋/ }).first().click();
    const input = page.locator('site-search input').first();
    await input.waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const bytesBeforeTyping = totals.bytes;
    const start = performance.now();
    await input.fill(query);
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 15_000 });
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { ...totals, bytesBeforeTyping, results: await results.count(), ms };
  } finally {
    await browser.close();
  }
}
