import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sha256 } from './csp.ts';

const executable = /^(?:|module|text\/javascript|application\/javascript|speculationrules)$/i;

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The sources a directive of the page's meta policy lists, quotes removed. */
function sources(policy: string, name: string): Set<string> {
  const directive = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([head]) => head === name);
  return new Set((directive ?? []).slice(1).map((source) => source.replace(/'/g, '')));
}

// A built page is read as bytes (latin1: one char per byte), which is several times faster to decode and scan than
// UTF-8 for CJK pages; hashes are taken over those same bytes, so they equal the browser's hash of the UTF-8 text.
const hashes = new Map<string, string>();
function byteHash(bytes: string): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) {
    hash = sha256(bytes, 'latin1');
    hashes.set(bytes, hash);
  }
  return hash;
}
const readable = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

/** Each match of `pattern` in `html` that is not inside one of the (sorted) script spans. */
function* outside(html: string, pattern: RegExp, spans: [number, number][]) {
  let span = 0;
  for (const match of html.matchAll(pattern)) {
    while (span < spans.length && spans[span]![1] <= match.index) span++;
    if (span < spans.length && spans[span]![0] <= match.index) continue;
    yield match;
  }
}

/**
 * The inline scripts, `<style>` blocks and `style` attributes of one built page that its own
 * Content-Security-Policy meta tag would block, each described for a person to act on.
 */
export function uncoveredInline(page: string | Buffer): string[] {
  const html = typeof page === 'string' ? Buffer.from(page, 'utf8').toString('latin1') : page.toString('latin1');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!policy) return ['no Content-Security-Policy <meta>'];
  const scripts = sources(policy, 'script-src');
  const styles = sources(policy, 'style-src');
  const attributes = sources(policy, 'style-src-attr');
  const problems: string[] = [];
  // Markup quoted inside scripts is not parsed as markup, so the style scans skip these spans.
  const scriptSpans: [number, number][] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [whole, attrs, body] = match;
    scriptSpans.push([match.index, match.index + whole.length]);
    const type = /\btype="([^"]*)"/i.exec(attrs!)?.[1] ?? '';
    if (/\bsrc=/i.test(attrs!) || !executable.test(type)) continue;
    if (!scripts.has(byteHash(body!))) problems.push(`inline script not in script-src: ${readable(body!).trim().slice(0, 80)}…`);
  }
  for (const [, body] of outside(html, /<style\b[^>]*>([\s\S]*?)<\/style>/gi, scriptSpans)) {
    if (!styles.has(byteHash(body!))) problems.push(`<style> not in style-src: ${readable(body!).trim().slice(0, 80)}…`);
  }
  for (const [, value] of outside(html, /<[a-z][^>]*?\sstyle="([^"]*)"/gi, scriptSpans)) {
    const text = decodeAttribute(value!);
    if (!attributes.has(byteHash(text))) {
      problems.push(`style="${readable(text)}" not in style-src-attr (src/config/csp.ts styleAttributes)`);
    }
  }
  return [...new Set(problems)];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** Fails the build when a page carries inline code its policy would block, instead of a silently broken page. */
export function cspCheck(): AstroIntegration {
  return {
    name: 'csp-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const failures = htmlFiles(root).flatMap((file) =>
          uncoveredInline(readFileSync(file)).map((problem) => `${file.slice(root.length)}: ${problem}`),
        );
        if (failures.length > 0) {
          throw new Error(`The Content-Security-Policy would block ${failures.length} inline item(s):\n${failures.slice(0, 20).join('\n')}`);
        }
        logger.info('every inline script and style is covered by the Content-Security-Policy');
      },
    },
  };
}
