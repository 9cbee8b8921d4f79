import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium (`apt-get install -y chromium fonts-noto-cjk`) against the built site.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `找不到 Chromium：${chromiumPath}。請先安裝：sudo apt-get install -y chromium fonts-noto-cjk，` +
      '或以 CHROMIUM_PATH 指定瀏覽器路徑。',
  );
}

const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-TW',
    // Installing the offline worker downloads the whole precache; only test/e2e/offline.spec.ts needs it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The built site (npm run build) served as a static preview; build first if dist/ is missing.
    command: `(test -f dist/index.html || npm run build) && npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
