import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroUserConfig } from 'astro';

type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/**
 * The site's Content-Security-Policy, for Astro's `security.csp`. Astro hashes the scripts and styles it bundles;
 * what it cannot see is hashed here: Starlight's `<script is:inline>` blocks (read from the installed Starlight,
 * so an upgrade carries its own hashes) and the `style` attributes Starlight writes with `define:vars`.
 * No 'unsafe-inline' anywhere; the build warns about any inline script or style this policy does not cover.
 */

/** A CSP hash source of `text`; 'latin1' for text holding one byte per character, as a page read as bytes. */
export const sha256 = (text: string, encoding: 'utf8' | 'latin1' = 'utf8'): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text, encoding).digest('base64')}`;

/** The bodies of every `<script is:inline>` in Starlight's components, exactly as they reach the HTML. */
export function starlightInlineScripts(): string[] {
  const require = createRequire(import.meta.url);
  // The package exports its components folder, not package.json; dist/ is the folder above it.
  const root = dirname(dirname(require.resolve('@astrojs/starlight/components/ThemeProvider.astro')));
  const bodies: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.astro')) continue;
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bis:inline\b/.test(match[1]!)) bodies.push(match[2]!);
    }
  }
  return bodies;
}

/**
 * `style` attribute values in the built pages: Starlight's Icon and table-of-contents `define:vars`, its Select
 * width and the search dialog. A new value shows up as a build warning and a failing test/e2e/csp.spec.ts.
 */
export const styleAttributes = [
  ...['1em', '1.2em', '1.333em', '1.5em', '1rem', '1.25rem', '1.5rem', '2rem'].map((size) => `--sl-icon-size: ${size};`),
  ...[0, 1, 2, 3, 4].map((depth) => `--depth: ${depth};`),
  '--sl-select-width: 6.25em',
  '--sl-select-width: 7em',
  'display: none;',
  'padding:0',
];

/**
 * Everything comes from the site itself. Pagefind fetches its index (connect-src) and compiles WebAssembly in
 * /pagefind/pagefind-worker.js, or on the page when workers fail: both need 'wasm-unsafe-eval' once the policy
 * is also sent as a header, which the worker's own response then carries.
 */
export const cspDirectives: CspDirective[] = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const contentSecurityPolicy = {
  algorithm: 'SHA-256' as const,
  directives: cspDirectives,
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [...new Set(starlightInlineScripts().map((body) => sha256(body)))],
  },
  styleDirective: {
    resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' as const }],
    hashes: styleAttributes.map((value) => ({ hash: sha256(value), kind: 'attribute' as const })),
  },
};
