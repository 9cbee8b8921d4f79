import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeIcons } from './icons.ts';
import { buildServiceWorker, writeRetiringServiceWorker } from './service-worker.ts';

/** `SERVICE_WORKER=off npm run build` builds the site without offline support (and retires an installed worker). */
export const serviceWorkerEnabled = (env: NodeJS.ProcessEnv = process.env) =>
  !/^(?:off|false|0|no)$/i.test(env.SERVICE_WORKER ?? '');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Offline reading: after the build (and after Starlight's Pagefind index, so list this integration after
 * Starlight's) draws the manifest's icons and has Workbox write dist/sw.js; every page gets the small registration
 * script (src/components/offline/register.ts) as a bundled module file, which the CSP's 'self' allows.
 */
export function offline(): AstroIntegration {
  const enabled = serviceWorkerEnabled();
  let publicDir = '';
  return {
    name: 'offline',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript }) => {
        publicDir = fileURLToPath(config.publicDir);
        // Only built sites have a service worker; the dev server would serve no /sw.js.
        if (enabled && command === 'build') injectScript('page', `import '/src/components/offline/register.ts';`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await writeIcons(publicDir, root);
        if (!enabled) {
          writeRetiringServiceWorker(root);
          logger.info('SERVICE_WORKER=off: no offline support; /sw.js unregisters any installed worker');
          return;
        }
        const { count, bytes, warnings } = await buildServiceWorker(root);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files, ${kb(bytes)}`);
      },
    },
  };
}
