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
    .map((part, index) => (index % 2 === 1 ? part : part.split(markup).map(simplifyPiece).join('')))
    .join('');
}

// Converted per tag and per text run, remembered across pages: the header, sidebar and footer repeat on every
// page, and converting them afresh for each of a thousand pages was most of the Simplified edition's build time.
const markup = /(<[^>]*>)/;
const cjkChar = /[\u3400-\u9fff\uf900-\ufaff]/;
const converted = new Map<string, string>();
const cacheLimit = 200_000;

function simplifyPiece(piece: string): string {
  if (!cjkChar.test(piece)) return piece;
  let result = converted.get(piece);
  if (result === undefined) {
    result = toSimplified(piece);
    if (converted.size < cacheLimit) converted.set(piece, result);
  }
  return result;
}

/**
 * First path segments of the content pages (`commercial-operations`, `training` …) from the chapter files'
 * paths as `import.meta.glob('/content/docs/**')` gives them; the home page and the 404 page are not roots.
 */
export function contentRoots(chapterPaths: readonly string[]): string[] {
  const roots = chapterPaths.map((path) => path.replace(/^\/content\/docs\//, '').split('/')[0]!.replace(/\.mdx?$/, ''));
  return [...new Set(roots)].filter((root) => root !== 'index' && root !== '404');
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

const mainElement = /<main\b[^>]*>([\s\S]*)<\/main>/;

/**
 * `html` without the elements marked `data-pagefind-ignore` (quizzes, the policy header), which search must not
 * see in either script. Nested elements of the same name are matched up, so the whole element goes.
 */
export function withoutSearchIgnored(html: string): string {
  const opening = /<([a-z][\w-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/gi;
  let out = '';
  let from = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const tag = new RegExp(`<(/?)${match[1]}\\b[^>]*>`, 'gi');
    tag.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let next = tag.exec(html); next; next = tag.exec(html)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    out += `${html.slice(from, match.index)} `;
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The words of a page's main content search sees: scripts, styles, tags and ignored parts removed, entities kept. */
export function mainText(html: string): string {
  const main = withoutSearchIgnored(mainElement.exec(html)?.[1] ?? '');
  return main
    .replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Let each edition's search index hold the page's words in the other script too, so a query typed in either
 * script finds the page in the edition being read, with no script on the page. The copy is hidden from
 * readers and assistive technology; Pagefind indexes it at a low weight.
 */
export function withSearchAlias(html: string, words: string): string {
  if (!words || !mainElement.test(html)) return html;
  const alias = `<div hidden class="search-alias" data-pagefind-weight="0.5">${words}</div>`;
  return html.replace(/<\/main>/, `${alias}</main>`);
}
