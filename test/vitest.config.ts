import { getViteConfig } from 'astro/config';

// Unit, property and content tests; browser tests live in test/e2e and run via `npm run test:e2e`.
export default getViteConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
