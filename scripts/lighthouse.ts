/**
 * `npm run lighthouse`: Lighthouse on one page of each kind, against a preview of dist/ (build first), in Debian's
 * Chromium (CHROME_PATH, default /usr/bin/chromium). Prints the four category scores per page and every audit
 * that did not pass. Mobile emulation with simulated throttling, as Lighthouse does by default; `-- --desktop`
 * for its desktop settings; `-- --only=chapter,quiz` for some page kinds; `-- --starlight` to measure, just
 * before, the chapter of a bare Starlight site (scripts/starlight-baseline.ts) and ours, both served by the same
 * plain static server, as the yardstick for this machine at this minute. Full JSON reports go to
 * test-results/lighthouse/. Simulated throttling scales the CPU time it observes, so other work on the machine
 * lowers the performance score: each page's line ends with the load average when it was measured. As Lighthouse's
 * own guidance on variability says, one run is a sample: `-- --runs=5` audits each page five times and reports the
 * median run (Lighthouse's computeMedianRun, as Lighthouse CI does), with every run's performance score beside it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pageKinds } from './page-kinds.ts';
import { projectRoot, withPreview } from './preview.ts';
import { withBareStarlight } from './starlight-baseline.ts';
import { serveStatic } from '../test/support/static-server.ts';

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
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const runs = Math.max(1, Math.floor(Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 1)) || 1);
const reports = join(projectRoot, 'test-results', 'lighthouse');
mkdirSync(reports, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const lighthouseRun = async (url: string): Promise<Result> => {
  const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }, desktop ? desktopConfig : undefined);
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  return run.lhr;
};
const audit = async (url: string, name: string, label: string) => {
  const all: Result[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(url));
  const lhr = runs > 1 ? (computeMedianRun(all) as Result) : all[0]!;
  writeFileSync(join(reports, `${name}${desktop ? '-desktop' : ''}.json`), JSON.stringify(lhr, null, 1));
  const scores = categories.map((id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4));
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  const spread = runs > 1 ? `   median of ${runs}; performance ${all.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)).join(', ')}` : '';
  console.log(`\n${label} ${scores.join(' ')}${spread}   (load average ${load})`);
  if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
  for (const line of shortfalls(lhr)) console.log(`  ${line}`);
};

const buildIn = (root: string) =>
  new Promise<number>((resolve, reject) =>
    spawn('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore' }).on('close', (code) => (code === 0 ? resolve(0) : reject(new Error(`astro build failed in ${root}`)))),
  );

try {
  if (process.argv.includes('--starlight')) {
    await withBareStarlight(projectRoot, buildIn, async (bareDist) => {
      const bare = await serveStatic(bareDist);
      const ours = await serveStatic(join(projectRoot, 'dist'));
      try {
        console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'}, both served by a plain static server: bare Starlight, then ours`);
        const chapter = pageKinds.find((page) => page.kind === 'chapter')!.path;
        await audit(`${bare.url}/chapter/`, 'starlight-chapter', `${'starlight'.padEnd(11)} ${'/chapter/ (bare Starlight)'.padEnd(30)}`);
        await audit(`${ours.url}${chapter}`, 'chapter-static', `${'chapter'.padEnd(11)} ${chapter.padEnd(30)}`);
      } finally {
        await bare.close();
        await ours.close();
      }
    });
  }
  await withPreview(async (baseUrl) => {
    console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} on ${baseUrl}: performance / accessibility / best practices / SEO`);
    for (const { kind, path } of pageKinds.filter((page) => !only || only.includes(page.kind))) {
      await audit(`${baseUrl}${path}`, kind, `${kind.padEnd(11)} ${path.padEnd(30)}`);
    }
  });
} finally {
  chrome.kill();
}
