import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';

/**
 * starlight-links-validator, checking every internal link and #anchor in the chapters at build time.
 *
 * The plugin derives each page's URL from `srcDir/content/docs`, but our chapters live in content/docs at the
 * project root (HR edits them apart from code). It is given the project root as `srcDir` so that
 * `content/docs/commercial-operations/s4.mdx` maps to `/commercial-operations/s4/`; nothing else is changed.
 * Anchors: clause ids are `id` attributes of <Clause>/<ClauseItem> in the MDX, which the plugin reads, and `##`
 * ids come from src/lib/subsection-ids.ts, which runs before it.
 */
export function linksValidator(): StarlightPlugin {
  const plugin = starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true });
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup'(options) {
        const astroConfig = { ...options.astroConfig, srcDir: options.astroConfig.root };
        return plugin.hooks['config:setup']?.({ ...options, astroConfig });
      },
    },
  };
}
