import { defineMiddleware } from 'astro:middleware';
import { toSimplified } from './lib/zh-cn/convert.ts';
import { contentRoots, localizeLinks, mainText, simplifiedPrefix, simplifyHtml, withSearchAlias } from './lib/zh-cn/html.ts';

// Read once at build time; '?raw' so the chapters' modules (and their CSS) do not join every page's graph.
const roots = contentRoots(Object.keys(import.meta.glob('/content/docs/**/*.{md,mdx}', { query: '?raw' })));

/**
 * The Simplified edition is generated, never kept by hand: Starlight renders every page under /zh-cn/ from the
 * Traditional source (as a fallback), and this converts the rendered page before Pagefind indexes it.
 * Every page also carries its words in the other script for search (see withSearchAlias).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const traditional = await response.text();
  const html = context.url.pathname.startsWith(simplifiedPrefix)
    ? withSearchAlias(localizeLinks(simplifyHtml(traditional), roots), mainText(traditional))
    : withSearchAlias(traditional, toSimplified(mainText(traditional)));
  return new Response(html, { status: response.status, headers: response.headers });
});
