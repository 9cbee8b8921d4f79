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

/**
 * The inline scripts, `<style>` blocks and `style` attributes of one built page that its own
 * Content-Security-Policy meta tag would block, each described for a person to act on.
 */
export function uncoveredInline(html: string): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!policy) return ['no Content-Security-Policy <meta>'];
  const scripts = sources(policy, 'script-src');
  const styles = sources(policy, 'style-src');
  const attributes = sources(policy, 'style-src-attr');
  const problems: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype="([^"]*)"/i.exec(attrs!)?.[1] ?? '';
    if (/\bsrc=/i.test(attrs!) || !executable.test(type)) continue;
    if (!scripts.has(sha256(body!))) problems.push(`inline script not in script-src: ${body!.trim().slice(0, 80)}…`);
  }
  // Markup quoted inside scripts is not parsed as markup, so leave it out of the style scan.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const [, body] of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!styles.has(sha256(body!))) problems.push(`<style> not in style-src: ${body!.trim().slice(0, 80)}…`);
  }
  for (const [, value] of markup.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)) {
    const text = decodeAttribute(value!);
    if (!attributes.has(sha256(text))) problems.push(`style="${text}" not in style-src-attr (src/config/csp.ts styleAttributes)`);
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
          uncoveredInline(readFileSync(file, 'utf8')).map((problem) => `${file.slice(root.length)}: ${problem}`),
        );
        if (failures.length > 0) {
          throw new Error(`The Content-Security-Policy would block ${failures.length} inline item(s):\n${failures.slice(0, 20).join('\n')}`);
        }
        logger.info('every inline script and style is covered by the Content-Security-Policy');
      },
    },
  };
}
