// Import one scraped regulation into MDX chapters, a 草案 overview and a quiz bank stub:
// `npm run import -- <file> --slug <slug> --title <標題> [--department <部門>] [--force]`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { importHints } from '../src/data/import-hints.ts';
import { nextPolicyId, readRegulations } from '../src/data/regulations.ts';
import { siteConfig } from '../src/data/site.ts';
import { importRegulation } from '../src/lib/import/index.ts';
import { draftPolicy, type OverviewPolicy } from '../src/lib/import/mdx.ts';
import { quizStub } from '../src/lib/import/quiz-stub.ts';
import { addCompanyKeys, placeholderNames } from '../src/lib/import/company-keys.ts';
import type { ImportHints } from '../src/lib/import/types.ts';
import { todayIn } from '../src/lib/policy/date.ts';
import { mojibakeRepairs } from '../src/data/mojibake.ts';

const docsRoot = resolve(import.meta.dirname, '..', 'content', 'docs');

function fail(message: string): never {
  console.error(`匯入失敗：${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    title: { type: 'string' },
    department: { type: 'string', default: '待指定' },
    force: { type: 'boolean', default: false },
    out: { type: 'string', default: docsRoot },
  },
});

const file = positionals[0];
if (!file) fail('請指定來源檔案，例如：npm run import -- ../shared/seeds/000_4d503a2c4e1c1829.txt');

let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (error) {
  fail(`無法讀取「${file}」：${(error as Error).message}`);
}
if (raw.includes('\ufffd'.repeat(3)) || /[\u0000-\u0008]/.test(raw)) fail(`「${file}」不是 UTF-8 文字檔`);

const known = Object.entries(importHints).find(([, hints]) => hints.seed === basename(file))?.[0];
const slug = values.slug ?? known;
if (!slug || !/^[a-z][a-z0-9-]*$/.test(slug)) fail('新規章請用 --slug 指定網址代號（小寫英文與連字號），例如 --slug finance-rules');
if (!importHints[slug] && !values.title) fail('新規章請用 --title 指定規章名稱，例如 --title 財務管理制度');
const hints: ImportHints = importHints[slug] ?? { title: values.title! };

/** Re-importing keeps the overview's policy metadata; a new regulation starts as a 草案 with the next policyId. */
function policyFor(overview: string): OverviewPolicy {
  if (existsSync(overview)) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(overview, 'utf8'));
    const data = (front ? parseYaml(front[1]!) : {}) as Partial<OverviewPolicy>;
    if (data.policyId && data.changelog) {
      const { policyId, version, effectiveDate, department, status, nextReview, changelog } = data as OverviewPolicy;
      return { policyId, version, effectiveDate, department, status, nextReview, changelog };
    }
  }
  return draftPolicy(nextPolicyId(readRegulations(values.out!)), todayIn(siteConfig.timeZone), values.department!);
}

let chapters: ReturnType<typeof importRegulation>;
let quiz: ReturnType<typeof quizStub>;
try {
  chapters = importRegulation(raw, slug, hints, mojibakeRepairs, policyFor(join(values.out!, slug, 'index.mdx')));
  quiz = quizStub(slug, hints.title, chapters);
} catch (error) {
  fail((error as Error).message);
}

const targets = chapters.map((chapter) => ({ ...chapter, target: join(values.out!, chapter.path) }));
const existing = targets.filter((t) => existsSync(t.target));
if (existing.length > 0 && !values.force) {
  fail(`以下章節已存在，未覆寫（確定要覆寫請加 --force）：\n${existing.map((t) => `  ${t.target}`).join('\n')}`);
}
for (const { target, content } of targets) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`已寫入 ${target}`);
}
// The question bank is HR's work once written: never overwritten, not even with --force.
const bank = join(values.out!, '..', 'quizzes', quiz.path);
if (!existsSync(bank)) {
  mkdirSync(dirname(bank), { recursive: true });
  writeFileSync(bank, quiz.content);
  console.log(`已寫入 ${bank}（範例題庫，請改寫）`);
}
// New template placeholders become open entries of the company data, listed on 待補資料 until HR fills them in.
const companyFile = join(values.out!, '..', 'company.yaml');
const company = existsSync(companyFile) ? readFileSync(companyFile, 'utf8') : '';
const updated = addCompanyKeys(company, placeholderNames(chapters.map((c) => c.content)), hints.title);
if (updated !== company) {
  writeFileSync(companyFile, updated);
  console.log(`已在 ${companyFile} 加入新的待補資料項目`);
}
