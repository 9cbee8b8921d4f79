import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptFile {
  /** `/_astro/…` for a file, `inline:<sha>` for an inline script. */
  key: string;
  bytes: number;
  gzip: number;
  /** For people: the file name, or the start of an inline script. */
  label: string;
  /** Keys of the page's files that import this one statically; empty for what the page names itself. */
  importers: string[];
}

const executable = /^(?:|module|text\/javascript|application\/javascript)$/i;
// Static imports and re-exports in (minified) ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

function measure(key: string, label: string, content: string): ScriptFile {
  return { key, label, bytes: Buffer.byteLength(content), gzip: gzipSync(content).length, importers: [] };
}

export function htmlFile(dist: string, path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

/**
 * The JavaScript a built page runs before anyone interacts with it: its inline scripts, the files its
 * `<script src>`, `<link rel="modulepreload">` and islands (`component-url`, `renderer-url`,
 * `before-hydration-url`) name, and every module those import statically. Dynamic imports, such as Pagefind's
 * UI when the search dialog opens, load later and are not counted. `islandsOnly`: just the islands' modules.
 */
export function pageScripts(dist: string, path: string, { islandsOnly = false } = {}): ScriptFile[] {
  const html = readFileSync(htmlFile(dist, path), 'utf8');
  const files = new Map<string, ScriptFile>();
  const queue: string[] = [];
  for (const [, attrs, body] of islandsOnly ? [] : html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(attrs!)?.[1];
    if (src) queue.push(src);
    else if (executable.test(/\btype="([^"]*)"/i.exec(attrs!)?.[1] ?? '')) {
      const key = `inline:${createHash('sha256').update(body!).digest('base64').slice(0, 12)}`;
      files.set(key, measure(key, `inline "${body!.trim().slice(0, 24)}…"`, body!));
    }
  }
  if (!islandsOnly) {
    for (const [, url] of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/gi)) queue.push(url!);
  }
  for (const [, url] of html.matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]+)"/gi)) queue.push(url!);

  const imports: Array<[from: string, to: string]> = [];
  while (queue.length > 0) {
    const url = new URL(queue.pop()!, 'http://site/').pathname;
    if (files.has(url)) continue;
    const content = readFileSync(join(dist, url), 'utf8');
    files.set(url, measure(url, url.split('/').pop()!, content));
    for (const [, specifier] of content.matchAll(staticImport)) {
      if (!/^(?:\.{1,2})?\//.test(specifier!)) continue;
      const target = new URL(specifier!, `http://site${url}`).pathname;
      imports.push([url, target]);
      queue.push(target);
    }
  }
  for (const [from, to] of imports) files.get(to)?.importers.push(from);
  return [...files.values()];
}

export const sumGzip = (files: ScriptFile[]) => files.reduce((total, file) => total + file.gzip, 0);

/**
 * The stylesheets that block a built page's first render: its `<link rel="stylesheet">` files (not those for
 * print only) and inline `<style>` blocks, in page order.
 */
export function pageStylesheets(dist: string, path: string): ScriptFile[] {
  const html = readFileSync(htmlFile(dist, path), 'utf8');
  const sheets: ScriptFile[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi)) {
    const media = /\bmedia="([^"]*)"/i.exec(tag)?.[1];
    if (media && media.trim() === 'print') continue;
    const url = new URL(/\bhref="([^"]+)"/i.exec(tag)![1]!, 'http://site/').pathname;
    sheets.push(measure(url, url.split('/').pop()!, readFileSync(join(dist, url), 'utf8')));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const key = `inline:${createHash('sha256').update(body!).digest('base64').slice(0, 12)}`;
    sheets.push(measure(key, `inline <style> ${Buffer.byteLength(body!)} B`, body!));
  }
  return sheets;
}
