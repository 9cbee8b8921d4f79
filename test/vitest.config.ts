import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
// Tests that render .astro components need Astro's Vite plugins; everything else runs on plain Node in seconds.
const astroTests = ['test/components/**/*.test.ts', 'test/lib/flows/diagram-markup.test.ts', 'test/history/tombstones.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        root,
        test: { name: 'node', isolate: false, include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**', ...astroTests] },
      },
      getViteConfig({ root, test: { name: 'astro', include: astroTests } } as Parameters<typeof getViteConfig>[0]),
    ],
  },
});
