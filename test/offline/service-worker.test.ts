import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheEntries } from '../../src/offline/precache-entries.ts';
import { buildServiceWorker } from '../../src/offline/service-worker.ts';

// A miniature dist/: what Astro, Starlight and Pagefind write, in both editions.
const files = [
  'index.html',
  '404.html',
  'commercial-operations/s4/index.html',
  'zh-cn/index.html',
  'zh-cn/commercial-operations/s4/index.html',
  '_astro/page.Bttl0frH.js',
  '_astro/common.CRhNx8jg.css',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'updates.xml',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.zh-tw_2b65956b586a7.pf_meta',
  'pagefind/index/zh-tw_8d1f3.pf_index',
  'pagefind/fragment/zh-tw_1a2b3.pf_fragment',
];

const precached = (dir: string) => precacheEntries(readFileSync(join(dir, 'sw.js'), 'utf8'));

describe('the generated service worker', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sw-'));
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), `${file}\n`);
    }
    await buildServiceWorker(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('precaches every Traditional page, the bundles, the icons and search’s program', () => {
    expect([...precached(dir).keys()].sort()).toEqual(
      [
        '/index.html',
        '/404.html',
        '/commercial-operations/s4/index.html',
        '/_astro/page.Bttl0frH.js',
        '/_astro/common.CRhNx8jg.css',
        '/favicon.svg',
        '/manifest.webmanifest',
        '/icons/icon-192.png',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/wasm.unknown.pagefind',
      ].sort(),
    );
  });

  it('leaves the Simplified edition and the search index to be cached as they are used', () => {
    const urls = [...precached(dir).keys()];
    expect(urls.filter((url) => url.startsWith('/zh-cn/') || /pf_|pagefind-entry/.test(url))).toEqual([]);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const cache of ['zh-cn-pages', 'pagefind-index', 'pagefind-entry']) expect(sw).toContain(`"${cache}"`);
  });

  it('gives hashed bundles no revision, and a page a new revision when it changes', async () => {
    expect(precached(dir).get('/_astro/page.Bttl0frH.js')).toBeNull();
    const before = precached(dir);
    const page = before.get('/commercial-operations/s4/index.html');
    expect(page).toMatch(/^[0-9a-f]{32}$/);
    writeFileSync(join(dir, 'commercial-operations/s4/index.html'), '第二版\n');
    await buildServiceWorker(dir);
    const after = precached(dir);
    expect(after.get('/commercial-operations/s4/index.html')).not.toBe(page);
    // Unchanged files keep theirs, so an update downloads only what changed.
    expect(after.get('/index.html')).toBe(before.get('/index.html'));
  }, 120_000);
});
