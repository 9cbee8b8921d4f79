import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

// Pagefind 1.5+ had a Chinese recall regression (pagefind#1237); this checks recall on our own text: every
// built page whose main text contains a term must be among Pagefind's results for that term.
const dist = join(import.meta.dirname, '..', '..', 'dist');
const terms = ['曠工', '補貨點', '績效獎金', '董事會', '預算調整', '供應商', '客戶滿意度', '庫存周轉率', '考勤制度', '運營管理委員會'];

function pagesContaining(term: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (['pagefind', 'zh-cn'].includes(e.name) ? [] : walk(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : [],
    );
  return walk(dist)
    .filter((file) => {
      const html = readFileSync(file, 'utf8');
      // Pages left out of search on purpose (待補資料, 廢止) have no data-pagefind-body.
      if (!html.includes('data-pagefind-body')) return false;
      const main = (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '')
        // Quizzes are kept out of the index on purpose (their wrong options would show up as search hits).
        .replace(/<section\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/section>/g, '');
      return main.replace(/<[^>]+>/g, '').includes(term);
    })
    .map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`);
}

for (const term of terms) {
  test(`Pagefind finds every page that contains ${term}`, async ({ page }) => {
    const expected = pagesContaining(term);
    expect(expected.length, `no built page contains ${term}; run npm run build`).toBeGreaterThan(0);
    await page.goto('/');
    const found: string[] = await page.evaluate(async (query) => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
      return data.map((d) => d.url);
    }, term);
    const missing = expected.filter((url) => !found.includes(url));
    expect(missing, `Pagefind missed pages containing ${term}`).toEqual([]);
  });
}
