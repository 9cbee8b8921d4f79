import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const docsRoot = join(import.meta.dirname, '..', '..', 'content', 'docs');
/** Copies of ../shared/seeds, so tests run in any checkout. */
export const seedsRoot = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** The seed files (sources the importer was built on), at least one. */
export function seedFiles(): string[] {
  const files = readdirSync(seedsRoot).filter((file) => file.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no seed files in ${seedsRoot}`);
  return files;
}

export interface ChapterSource {
  /** Path relative to content/docs, e.g. `commercial-operations/s4.mdx`. */
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.mdx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

export function readChapter(file: string): ChapterSource {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { path: relative(docsRoot, file), frontmatter: parse(match[1]!) ?? {}, body: match[2]! };
}

export function readChapters(): ChapterSource[] {
  return walk(docsRoot).map(readChapter);
}

/** The text a reader sees: MDX imports, tags, escapes and markdown markers removed. */
export function visibleText(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<Placeholder name="([^"]*)" \/>/g, '[$1]')
    .replace(/<(Clause|ClauseItem)\b[^>]*?title="([^"]*)"[^>]*>/g, '$2：')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\\([-*+#>.])/g, '$1')
    .replace(/\s*\{#[\w-]+\}[ \t]*$/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*/g, '');
}

/** A chapter file's title and visible body, one text, as a reader meets them. */
export function readChapterText(source: string, visible: (body: string) => string = visibleText): string {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) return visible(source);
  const title = (parse(match[1]!) as { title?: string } | null)?.title ?? '';
  return `${title}\n${visible(match[2]!)}`;
}
