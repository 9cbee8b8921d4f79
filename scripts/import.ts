// Import one scraped regulation into MDX chapters: `npm run import -- <file> [--slug <slug>] [--title <標題>] [--force]`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importHints } from '../src/data/import-hints.ts';
import { regulations } from '../src/data/regulations.ts';
import { importRegulation } from '../src/lib/import/index.ts';
import type { ImportHints } from '../src/lib/import/types.ts';

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

const known = regulations.find((r) => r.seed === basename(file));
const slug = values.slug ?? known?.slug;
if (!slug || !/^[a-z][a-z0-9-]*$/.test(slug)) fail('新規章請用 --slug 指定網址代號（小寫英文與連字號），例如 --slug finance-rules');
const hints: ImportHints = (importHints as Record<string, ImportHints>)[slug] ?? { title: values.title ?? slug };

let chapters;
try {
  chapters = importRegulation(raw, slug, hints);
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
