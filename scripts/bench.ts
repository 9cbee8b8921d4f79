/**
 * `npm run bench`: figures for this machine, no pass/fail. Builds the real site (dist/) and, in a throwaway copy
 * of the project, the site with 1,000 extra synthetic chapters; weighs the JavaScript each kind of page loads
 * against what Starlight alone loads (a bare Starlight site, built alongside);
 * times a first Pagefind search in Chromium; runs the inventory batch benchmark when it exists.
 * `npm run bench -- --skip-builds` measures the dist/ that is already there and skips both builds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheEntries } from '../src/offline/precache-entries.ts';
import { pageScripts, pageStylesheets, sumGzip, type ScriptFile } from './page-js.ts';
import { pageKinds } from './page-kinds.ts';
import { measureFirstSearch } from './pagefind-search.ts';
import { projectRoot, withPreview } from './preview.ts';
import { bareStarlightBuild, starlightScripts, type SyntheticChapter } from './starlight-baseline.ts';

const dist = join(projectRoot, 'dist');
const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Only one `astro build` may run on this machine at a time; wait for someone else's to finish. */
async function waitForOtherBuilds(): Promise<void> {
  while (spawnSync('pgrep', ['-f', 'astro build']).status === 0) await new Promise((resolve) => setTimeout(resolve, 2000));
}

async function timedBuild(root: string): Promise<number> {
  await waitForOtherBuilds();
  const start = performance.now();
  // bash's `time` reports the CPU time of the whole process tree (Astro, Pagefind …): unlike the wall-clock
  // time, it hardly changes when other work shares the machine.
  const build = spawn('bash', ['-c', 'TIMEFORMAT="bench-cpu %U %S"; time npx astro build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  build.stderr.on('data', (chunk: Buffer) => (errors += chunk));
  const code = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (code !== 0) throw new Error(`astro build failed in ${root}:\n${errors.slice(-3000)}`);
  const [, user, system] = /bench-cpu ([\d.]+) ([\d.]+)/.exec(errors) ?? [];
  lastBuildCpuMs = (Number(user) + Number(system)) * 1000;
  return performance.now() - start;
}

/** CPU time of the last build timedBuild ran, in ms. */
let lastBuildCpuMs = Number.NaN;

const countPages = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;

/**
 * `count` chapters, 250-odd per regulation, each a copy of a real plain chapter renumbered as section 101, 102 …
 * so the sidebar, the search index and the links validator all grow as they would.
 */
function syntheticChapters(count: number): SyntheticChapter[] {
  const template = readFileSync(join(projectRoot, 'content/docs/operations-management/s4.mdx'), 'utf8');
  const folders = readdirSync(join(projectRoot, 'content/docs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(projectRoot, 'content/docs', entry.name, 's1.mdx')))
    .map((entry) => entry.name);
  return Array.from({ length: count }, (_, i) => {
    const folder = folders[i % folders.length]!;
    const section = 101 + Math.floor(i / folders.length);
    const title = `${section}、合成章節 ${i + 1}`;
    const mdx = template
      .replace(/^title: .*$/m, `title: "${title}"`)
      .replace(/^regulation: .*$/m, `regulation: "${folder}"`)
      .replace(/^(\s*)order: 4$/gm, `$1order: ${section}`)
      .replace(/\bc4-/g, `c${section}-`);
    return { path: `${folder}/s${section}.mdx`, title, mdx };
  });
}

/**
 * The site plus the synthetic chapters. The copy lives inside the project because Astro compiles only .astro
 * files under a common parent folder with the project's node_modules.
 */
async function syntheticBuild(chapters: readonly SyntheticChapter[]): Promise<{ ms: number; pages: number }> {
  const copy = mkdtempSync(join(projectRoot, '.bench-'));
  try {
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
    }
    for (const chapter of chapters) writeFileSync(join(copy, 'content/docs', chapter.path), chapter.mdx);
    const ms = await timedBuild(copy);
    return { ms, pages: countPages(join(copy, 'dist')) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Our build and a bare Starlight build of the same synthetic chapters, and the cost per page of each. */
async function printBuildCost(count: number): Promise<void> {
  const chapters = syntheticChapters(count);
  const ours = { ...(await syntheticBuild(chapters)), cpu: lastBuildCpuMs };
  const bare = { ...(await bareStarlightBuild(projectRoot, timedBuild, chapters)), cpu: lastBuildCpuMs };
  const n = count.toLocaleString('en');
  const line = (run: typeof ours) =>
    `${seconds(run.ms)} (CPU ${seconds(run.cpu)}) for ${run.pages} pages, ${(run.ms / run.pages).toFixed(1)} ms per page (CPU ${(run.cpu / run.pages).toFixed(1)} ms)`;
  console.log(`\nBuild, site + ${n} synthetic chapters: ${line(ours)}`);
  console.log(`Build, bare Starlight with the same ${n} chapters: ${line(bare)}`);
  const ratio = (key: 'ms' | 'cpu') => (ours[key] / ours.pages / (bare[key] / bare.pages)).toFixed(2);
  console.log(`Per-page ratio, ours / bare Starlight: ${ratio('ms')} wall-clock, ${ratio('cpu')} CPU (target ≤ 2.00)`);
}

/**
 * A page's scripts that are not Starlight's. Starlight's are: inline ones with the exact text of the bare site's;
 * files with the name of one of its files (Astro names a chunk after its source,
 * `Search.astro_astro_type_script_index_0_lang.<hash>.js`, and our Starlight settings such as Pagefind's ranking
 * change a script's hash, not its origin); and whatever a Starlight file imports, such as the bundler's shared
 * preload helper. One exception: `page.<hash>.js` is Astro's bundle of every integration's page scripts. In the
 * bare site it is Astro's prefetch, which this site turns off (the service worker holds every page already), so
 * here it holds only our service worker registration and counts as ours.
 */
const origin = (key: string) => key.replace(/\.[\w-]{8}\.m?js$/, '');
const sharedBundle = '/_astro/page';

function beyondStarlight(files: ScriptFile[], starlightFiles: ScriptFile[]): ScriptFile[] {
  const starlightOrigins = new Set(starlightFiles.map((file) => origin(file.key)).filter((key) => key !== sharedBundle));
  const starlight = new Set(files.filter((file) => starlightOrigins.has(origin(file.key))).map((file) => file.key));
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of files) {
      if (!starlight.has(file.key) && file.importers.some((importer) => starlight.has(importer))) {
        starlight.add(file.key);
        grew = true;
      }
    }
  }
  return files.filter((file) => !starlight.has(file.key));
}

function printScripts(starlight: ScriptFile[]): void {
  console.log(
    `\nJavaScript each page loads before interaction (gzip level 6). Starlight's own, from a docs page of a bare ` +
      `Starlight site built alongside: ${kb(sumGzip(starlight))} in ${starlight.length} scripts.`,
  );
  const budgets: Record<string, { bytes: number; text: string }> = {
    // Issue 17: the service worker registration may add at most 1 KB (here with the changed-since check and the
    // table-of-contents deferral, src/components/starlight/toc/defer.ts).
    chapter: { bytes: 1024, text: 'budget: ≤ 1.0 KB beyond Starlight (service worker, changed-since check, contents deferral)' },
    calculator: { bytes: 18 * 1024, text: 'budget: ≤ 18.0 KB beyond Starlight' },
    inventory: { bytes: 18 * 1024, text: 'budget: ≤ 18.0 KB beyond Starlight' },
  };
  console.log(`  ${'page'.padEnd(12)}${'path'.padEnd(30)}${'total'.padStart(10)}${'beyond Starlight'.padStart(18)}`);
  for (const { kind, path, marker } of pageKinds) {
    if (!existsSync(join(dist, path, 'index.html'))) {
      console.log(`  ${kind.padEnd(12)}${path.padEnd(30)}not built`);
      continue;
    }
    const files = pageScripts(dist, path);
    const beyond = beyondStarlight(files, starlight);
    const budget = budgets[kind];
    const verdict = budget ? `   ${budget.text} (${sumGzip(beyond) <= budget.bytes ? 'within' : 'OVER'})` : '';
    const missing = marker && !readFileSync(join(dist, path, 'index.html'), 'utf8').includes(marker) ? `   (no ${marker} on this page)` : '';
    console.log(`  ${kind.padEnd(12)}${path.padEnd(30)}${kb(sumGzip(files)).padStart(10)}${kb(sumGzip(beyond)).padStart(18)}${verdict}${missing}`);
    if (beyond.length > 0) console.log(`${''.padEnd(14)}beyond: ${beyond.map((file) => `${file.label} ${kb(file.gzip)}`).join(', ')}`);
  }
}

function printStylesheets(): void {
  console.log('\nRender-blocking CSS each page loads (stylesheets not for print only, and inline <style>; gzip level 6):');
  console.log(`  ${'page'.padEnd(12)}${'path'.padEnd(30)}${'sheets'.padStart(7)}${'total'.padStart(10)}`);
  for (const { kind, path } of pageKinds) {
    if (!existsSync(join(dist, path, 'index.html'))) continue;
    const sheets = pageStylesheets(dist, path);
    console.log(`  ${kind.padEnd(12)}${path.padEnd(30)}${String(sheets.length).padStart(7)}${kb(sumGzip(sheets)).padStart(10)}`);
    console.log(`${''.padEnd(14)}${sheets.map((sheet) => `${sheet.label} ${kb(sheet.gzip)}`).join(', ')}`);
  }
}

/** What a first visit's service worker downloads for offline reading. */
function printOffline(): void {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) {
    console.log('\nOffline precache: no dist/sw.js (built with SERVICE_WORKER=off?)');
    return;
  }
  const urls = [...precacheEntries(readFileSync(sw, 'utf8')).keys()];
  const files = urls.map((url) => readFileSync(join(dist, url)));
  const bytes = files.reduce((sum, file) => sum + file.length, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(file).length, 0);
  console.log(`\nOffline precache (sw.js, installed on first visit): ${urls.length} files, ${kb(bytes)}, ${kb(gzip)} gzipped`);
}

async function printInventory(): Promise<void> {
  console.log('\nCalculators, batch throughput:');
  if (!existsSync(join(projectRoot, 'scripts/bench-inventory.ts'))) {
    console.log('  not available (scripts/bench-inventory.ts is missing)');
    return;
  }
  const { benchInventory } = (await import('./bench-inventory.ts')) as { benchInventory: () => unknown };
  benchInventory();
}

const skipBuilds = process.argv.includes('--skip-builds');
// `--build-cost-only [--chapters=N]`: just the synthetic builds (ours and bare Starlight), e.g. while profiling.
const buildCostOnly = process.argv.includes('--build-cost-only');
const chapterCount = Number(/^--chapters=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--chapters=')) ?? '')?.[1] ?? 1000);
console.log(
  `bench: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
    `Node ${process.version}, ${new Date().toISOString()}`,
);

if (buildCostOnly) {
  await printBuildCost(chapterCount);
  process.exit(0);
}

if (!skipBuilds) {
  const ms = await timedBuild(projectRoot);
  console.log(`\nBuild, real site: ${seconds(ms)} for ${countPages(dist)} pages (astro build, Pagefind index included)`);
} else if (!existsSync(join(dist, 'index.html'))) {
  throw new Error('dist/ is missing: run npm run build, or npm run bench without --skip-builds');
}

printScripts(await starlightScripts(projectRoot, timedBuild));
printStylesheets();
printOffline();

const search = await withPreview((baseUrl) => measureFirstSearch(baseUrl, dist, '曠工'));
console.log(
  `\nPagefind, first search for 曠工 in a fresh browser: ${kb(search.bytes)} transferred (gzip, headers included) ` +
    `in ${search.requests} requests to /pagefind/, ${kb(search.bytesBeforeTyping)} of it when the dialog opened; ` +
    `first of ${search.results} results on screen ${Math.round(search.ms)} ms after typing (input debounce included).`,
);

if (!skipBuilds) await printBuildCost(chapterCount);

await printInventory();
