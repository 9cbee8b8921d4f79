import { describe, expect, it } from 'vitest';
import { uncoveredInline } from '../../src/config/csp-check.ts';
import { contentSecurityPolicy, sha256, starlightInlineScripts } from '../../src/config/csp.ts';

describe('the site policy', () => {
  it('allows Starlight’s theme script by its hash, so the theme applies before the page paints', () => {
    const themeScript = starlightInlineScripts().find((body) => body.includes('StarlightThemeProvider ='));
    expect(themeScript).toBeDefined();
    expect(contentSecurityPolicy.scriptDirective.hashes).toContain(sha256(themeScript!));
  });

  it('never allows inline code, eval or other hosts wholesale', () => {
    const text = JSON.stringify(contentSecurityPolicy);
    expect(text).not.toContain('unsafe-inline');
    expect(text.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    expect(text).not.toMatch(/https?:|\*/);
  });

  it('hashes the way browsers do (SHA-256 of the exact text, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('uncoveredInline', () => {
  const script = 'document.body.dataset.ok = "1";';
  const policy = `default-src 'none'; script-src 'self' '${sha256(script)}'; style-src 'self'; style-src-attr 'unsafe-hashes' '${sha256('--depth: 0;')}'`;

  it('accepts a page whose inline script and style attribute the policy lists', () => {
    expect(uncoveredInline(page(policy, `<script>${script}</script><ul style="--depth: 0;"></ul><script src="/_astro/a.js"></script>`))).toEqual([]);
  });

  it('names an inline script the policy would block', () => {
    const problems = uncoveredInline(page(policy, `<script>${script}</script><script type="module">evil()</script>`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('evil()');
  });

  it('names a style attribute or <style> block the policy would block', () => {
    expect(uncoveredInline(page(policy, '<p style="color: red">x</p><style>p{}</style>'))).toEqual([
      expect.stringContaining('p{}'),
      expect.stringContaining('style="color: red"'),
    ]);
  });

  it('ignores data blocks and markup quoted inside a script', () => {
    expect(uncoveredInline(page(policy, '<script type="application/ld+json">{"a":1}</script>'))).toEqual([]);
    const scriptWithMarkup = 'x = `<b style="color: red">`';
    const withQuoted = page(`script-src '${sha256(scriptWithMarkup)}'`, `<script>${scriptWithMarkup}</script>`);
    expect(uncoveredInline(withQuoted)).toEqual([]);
  });

  it('hashes the UTF-8 text of a page read from disk and quotes it readably', () => {
    const chinese = 'document.title = "規章";';
    const built = Buffer.from(page(`script-src '${sha256(chinese)}'`, `<script>${chinese}</script><p style="content: '請假'">x</p>`));
    expect(uncoveredInline(built)).toEqual([expect.stringContaining(`style="content: '請假'"`)]);
  });

  it('reports a page without a policy', () => {
    expect(uncoveredInline('<html><head></head><body></body></html>')).toEqual(['no Content-Security-Policy <meta>']);
  });
});
