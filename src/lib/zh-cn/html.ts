import { toSimplified } from './convert.ts';

/** URL prefix of the Simplified edition (Starlight locale `zh-cn`). */
export const simplifiedPrefix = '/zh-cn/';

const rawBlock = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<starlight-lang-select\b[\s\S]*?<\/starlight-lang-select>)/gi;

/**
 * Convert a page's text to Simplified. Script and style blocks stay as they are: they hold no prose, and the
 * Content-Security-Policy pins inline scripts by hash. The language picker keeps each edition's own name.
 */
export function simplifyHtml(html: string): string {
  return html
    .split(rawBlock)
    .map((part, index) => (index % 2 === 1 ? part : toSimplified(part)))
    .join('');
}

/**
 * Point root-relative links to the site's own pages at the Simplified edition. `roots` are the first path
 * segments of content pages (regulation folders, training, updates…); assets and the search index stay shared.
 * Links appear as href="/x/" in markup and as &quot;/x/ inside island props.
 */
export function localizeLinks(html: string, roots: readonly string[]): string {
  if (roots.length === 0) return html;
  const pattern = new RegExp(`(href="|&quot;)/(${roots.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[/"#?&])`, 'g');
  return html.replace(pattern, (_, lead: string, root: string) => `${lead}${simplifiedPrefix}${root}`);
}
