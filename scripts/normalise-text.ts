/**
 * `npm run normalise`: mainland character forms → standard Traditional (src/lib/import/normalise.ts) in the
 * site's text: the chapters (text only: markup, ids and `<Placeholder name>` untouched), the question banks,
 * and the source-quoting data in content/flows and src/data (rules, import hints). Idempotent: safe to run again after a
 * merge; a second run changes nothing. `-- --check` changes nothing and fails if anything would change;
 * `-- --review` rewrites test/fixtures/normalisation-review.tsv from the seeds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { seedFiles } from '../src/data/import-hints.ts';
import { undoScrape } from '../src/lib/import/index.ts';
import { normaliseForms } from '../src/lib/import/normalise.ts';
import { normaliseMdx } from '../src/lib/import/normalise-mdx.ts';
import { reviewHeader, reviewRows } from '../src/lib/import/review.ts';
import { projectRoot } from './preview.ts';
import { mojibakeRepairs } from '../src/data/mojibake.ts';

const check = process.argv.includes('--check');
const files = (dir: string, pattern: RegExp) =>
  readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => join(projectRoot, dir, file))
    .sort();

const targets: Array<[string, (text: string) => string]> = [
  ...files('content/docs', /\.mdx?$/).map((file) => [file, normaliseMdx] as [string, (text: string) => string]),
  ...files('content/quizzes', /\.ya?ml$/).map((file) => [file, normaliseForms] as [string, (text: string) => string]),
  ...files('content/flows', /\.ya?ml$/).map((file) => [file, normaliseForms] as [string, (text: string) => string]),
  ...['attendance', 'kpi', 'inventory']
    .flatMap((feature) => files(`src/lib/${feature}`, /^(?:rules|first-edition)\.ts$/))
    .map((file) => [file, normaliseForms] as [string, (text: string) => string]),
  [join(projectRoot, 'src/data/import-hints.ts'), normaliseForms],
];

let changed = 0;
for (const [file, normalise] of targets) {
  const before = readFileSync(file, 'utf8');
  const after = normalise(before);
  if (after === before) continue;
  changed += 1;
  const count = [...before].filter((ch, i) => ch !== after[i]).length;
  console.log(`${check ? '需要修正' : '已修正'} ${relative(projectRoot, file)}：${count} 個字`);
  if (!check) writeFileSync(file, after);
}
console.log(changed === 0 ? '沒有需要修正的字形。' : `共 ${changed} 個檔案${check ? '需要修正：請執行 npm run normalise' : '已修正'}。`);
if (check && changed > 0) process.exitCode = 1;

if (process.argv.includes('--review')) {
  const seeds = join(projectRoot, 'test', 'fixtures', 'seeds');
  const rows = seedFiles.flatMap((seed) => reviewRows(seed, undoScrape(readFileSync(join(seeds, seed), 'utf8'), mojibakeRepairs)));
  writeFileSync(join(projectRoot, 'test', 'fixtures', 'normalisation-review.tsv'), `${[reviewHeader, ...rows].join('\n')}\n`);
  console.log(`test/fixtures/normalisation-review.tsv：${rows.length} 處`);
}
