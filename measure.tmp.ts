import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
const dist = 'dist';
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? (['pagefind', 'zh-cn', '_astro'].includes(e.name) ? [] : walk(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : []);
const pages = walk(dist).map((f) => { const html = readFileSync(f, 'utf8'); if (!html.includes('data-pagefind-body')) return null; const main = (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/<section\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/section>/g, '').replace(/<div hidden class="search-alias"[\s\S]*?<\/div>/, '').replace(/<[^>]+>/g, ''); return { url: `/${relative(dist, f).replace(/index\.html$/, '')}`, main }; }).filter(Boolean) as { url: string; main: string }[];
const terms = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4336/');
for (const term of terms) {
  const expected = pages.filter((p) => p.main.includes(term)).map((p) => p.url);
  const r = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 } });
    const out: Record<string, string[]> = {};
    for (const [k, t] of [['plain', q], ['quoted', `"${q}"`]]) {
      const s = await pf.search(t);
      out[k] = (await Promise.all(s.results.map((x: any) => x.data()))).map((d: any) => d.url);
    }
    return out;
  }, term);
  const rank = r.plain.findIndex((u) => expected.includes(u));
  const qMissing = expected.filter((u) => !r.quoted.includes(u));
  const qExtra = r.quoted.filter((u) => !expected.includes(u));
  console.log(`${term}\texpected ${expected.length}\tplain ${r.plain.length} firstExactRank ${rank}\tquoted ${r.quoted.length} missing ${qMissing.length} extra ${qExtra.length}`);
}
await browser.close();
