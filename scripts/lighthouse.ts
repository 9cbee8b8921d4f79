/**
 * `npm run lighthouse`: Lighthouse on one page of each kind, against a preview of dist/ (build first), in Debian's
 * Chromium (CHROME_PATH, default /usr/bin/chromium). Prints the four category scores per page and every audit
 * that did not pass. Mobile emulation with simulated throttling, as Lighthouse does by default; `-- --desktop`
 * for its desktop settings. Full JSON reports go to test-results/lighthouse/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { pageKinds } from './page-kinds.ts';
import { projectRoot, withPreview } from './preview.ts';

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const quiet = new Set(['informative', 'manual', 'notApplicable', 'error']);

/** Every scored audit of the four categories that is below full marks, once, with its measured value. */
function shortfalls(lhr: Result): string[] {
  const lines = new Set<string>();
  for (const id of categories) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || quiet.has(audit.scoreDisplayMode)) continue;
      const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
      lines.add(`${id}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.title}${value}`);
    }
  }
  return [...lines];
}

const desktop = process.argv.includes('--desktop');
const reports = join(projectRoot, 'test-results', 'lighthouse');
mkdirSync(reports, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  await withPreview(async (baseUrl) => {
    console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} on ${baseUrl}: performance / accessibility / best practices / SEO`);
    for (const { kind, path } of pageKinds) {
      const run = await lighthouse(
        `${baseUrl}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
        desktop ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      writeFileSync(join(reports, `${kind}${desktop ? '-desktop' : ''}.json`), JSON.stringify(lhr, null, 1));
      const scores = categories.map((id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4));
      console.log(`\n${kind.padEnd(11)} ${path.padEnd(30)} ${scores.join(' ')}`);
      if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
      for (const line of shortfalls(lhr)) console.log(`  ${line}`);
    }
  });
} finally {
  chrome.kill();
}
