import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { withoutSearchIgnored } from '../../src/lib/zh-cn/html.ts';

// Recall and ranking as the site's search box shows them (Starlight's Pagefind UI and ranking): every built page
// whose text contains a regulation term is among the results, and the first result contains the term. Pagefind
// 1.5+ had a Chinese recall regression (pagefind#1237); four-character terms used to put first a page holding
// only their parts (崗位調整, 渠道管理, 運營成本).
const dist = join(import.meta.dirname, '..', '..', 'dist');
const terms = [
  '崗位調整', '渠道管理', '運營成本', '曠工', '補貨點', '績效獎金', '董事會', '預算調整', '供應商', '客戶滿意度',
  '庫存周轉率', '考勤制度', '運營管理委員會', '運營專員', '銷售代表', '年度預算', '預算執行', '推廣活動', '職能小組',
  '流程監督', '安全庫存', '限期整改', '當天工資', '庫存盤點', '投訴處理', '最大庫存', '績效得分', '解除勞動合同',
  '補貨預警', '電商平臺', '在線客服', '售後申請', '物流配送', '商品上架', '銷售業績', '採購計劃', '質量標準', '安全生產',
];

/** Searchable Traditional pages: path and the text Pagefind indexes (without the hidden other-script copy). */
function searchablePages(): { path: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (['pagefind', 'zh-cn', '_astro'].includes(e.name) ? [] : walk(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : [],
    );
  return walk(dist).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    // Pages left out of search on purpose (待補資料, 廢止) have no data-pagefind-body.
    if (!html.includes('data-pagefind-body')) return [];
    const main = (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/<div hidden class="search-alias"[\s\S]*?<\/div>/, '');
    // Quizzes and the policy header are kept out of the index on purpose (data-pagefind-ignore).
    const text = withoutSearchIgnored(main).replace(/<[^>]+>/g, '');
    return [{ path: `/${relative(dist, file).replace(/index\.html$/, '')}`, text }];
  });
}

const pages = searchablePages();
const containing = (term: string) => pages.filter((page) => page.text.includes(term)).map((page) => page.path);

/** Types `term` into the search box of the page open in `page` and returns every result page's path, in order. */
async function searchBox(page: Page, term: string): Promise<string[]> {
  const dialog = page.locator('site-search dialog');
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: /搜尋|搜索/ }).first().click();
  await page.locator('site-search input').first().fill(term);
  // 「term」共有 N 筆結果 (笔 on /zh-cn/), not the 正在搜尋 shown meanwhile.
  await expect(page.locator('.pagefind-ui__message')).toHaveText(new RegExp(`「${term}」.*\\d+ [筆笔]`), { timeout: 30_000 });
  const more = page.locator('.pagefind-ui__button');
  while (await more.isVisible()) await more.click();
  await expect(page.locator('.pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0, { timeout: 30_000 });
  const links = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** What is wrong with the results for `term`: pages with it that are missing, or a first result without it. */
function problems(term: string, expected: string[], found: string[]): string[] {
  const missing = expected.filter((path) => !found.includes(path));
  return [
    ...(missing.length > 0 ? [`${term}: pages with it missing from the results: ${missing.join(' ')}`] : []),
    ...(expected.includes(found[0]!) ? [] : [`${term}: first result ${found[0]} lacks it (results: ${found.join(' ')})`]),
  ];
}

test('the terms are regulation terms the built site contains', () => {
  expect(pages.length, 'no searchable page in dist/; run npm run build').toBeGreaterThan(20);
  expect(terms.length).toBeGreaterThanOrEqual(30);
  expect(terms.filter((term) => containing(term).length === 0)).toEqual([]);
});

// One page for all the terms: typing a new query replaces the results, as it does for a reader.
test(`search box: every page with the term is found, and one with it is first (${terms.length} terms)`, async ({ page }) => {
  test.setTimeout(terms.length * 30_000);
  await page.goto('/');
  const report: string[] = [];
  for (const term of terms) report.push(...problems(term, containing(term), await searchBox(page, term)));
  expect(report).toEqual([]);
});

// Either script in either edition (README, "Two editions"): a Traditional term on /zh-cn/, a Simplified one on
// the Traditional edition, both with the page holding the exact term first.
const crossScript = [
  { edition: '/zh-cn/', queries: [['崗位調整', '崗位調整'], ['渠道管理', '渠道管理'], ['運營成本', '運營成本']] },
  { edition: '/', queries: [['岗位调整', '崗位調整'], ['渠道管理', '渠道管理'], ['运营成本', '運營成本']] },
];
for (const { edition, queries } of crossScript) {
  test(`search box on ${edition} takes either script and puts the exact term first`, async ({ page }) => {
    test.setTimeout(queries.length * 30_000);
    const prefix = edition.replace(/\/$/, '');
    await page.goto(edition);
    const report: string[] = [];
    for (const [query, shown] of queries) {
      const expected = containing(shown!).map((path) => `${prefix}${path}`);
      report.push(...problems(query!, expected, await searchBox(page, query!)));
    }
    expect(report).toEqual([]);
  });
}
