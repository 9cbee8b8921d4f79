import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4336/');
for (const term of process.argv.slice(2)) {
  const r = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    const s = await pf.search(`"${q}"`);
    return (await Promise.all(s.results.map(async (x: any) => { const d = await x.data(); const i = d.content.indexOf(q); return `${d.url} ${x.score.toFixed(2)} contains=${i >= 0} ${d.excerpt.slice(0, 120)}`; })));
  }, term);
  console.log(term, r);
}
await browser.close();
