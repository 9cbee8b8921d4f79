import { splitHeading } from './anchors.ts';

/**
 * The clauses of one chapter file as HR wrote them: `## heading` subsections, `<Clause id n title>` and
 * `<ClauseItem id title>` elements. Pure text parsing, shared by rule extraction, clause diffs and id checks,
 * so every feature agrees on what a clause is.
 */
export interface ParsedClause {
  /** Anchor id, e.g. `c4-1-2`, `c4-2-3-i1`, or `c4-1` for a `##` subsection with an explicit id. */
  id: string;
  kind: 'clause' | 'item' | 'heading';
  /** The number as written (`n={2}` → "2", `n="2之一"` → "2之一"); undefined for items and headings. */
  n?: string;
  title?: string;
  /** The `##` subsection heading the clause sits under, if any. */
  heading?: string;
  /** Id of the enclosing clause, for items. */
  parent?: string;
  /** Inner MDX source, trimmed (inline markup such as `<R k="…">3</R>` kept). */
  source: string;
  /** Readable text: tags removed, their inner text kept; nested items removed from a clause's text. */
  text: string;
  /** 1-based line of the opening tag. */
  line: number;
}

const attribute = (attrs: string, name: string): string | undefined => {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)'|([^}\\s]*))\\s*\\})`).exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]) : undefined;
};

/** MDX inline source → the words a reader sees. */
export function readableText(source: string): string {
  return source
    .replace(/<ClauseItem\b[^>]*>[\s\S]*?<\/ClauseItem>/g, '')
    .replace(/<Placeholder\s+name="([^"]*)"\s*\/>/g, '[$1]')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every clause, item and explicitly-identified heading of a chapter, in document order. */
export function parseClauses(mdx: string): ParsedClause[] {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (front) => '\n'.repeat(front.split('\n').length - 1));
  const found: ParsedClause[] = [];
  const pattern = /^##\s+(.+?)\s*$|<(Clause|ClauseItem)\b([^>]*)>([\s\S]*?)<\/\2>/gm;
  let heading: string | undefined;
  let clauseEnd = -1;
  let parent: string | undefined;
  for (const match of body.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (match[1] !== undefined) {
      const { title, id } = splitHeading(match[1]);
      heading = title;
      if (id) found.push({ id, kind: 'heading', title, source: title, text: title, line: lineAt(body, index) });
      continue;
    }
    const [, , tag, attrs = '', inner = ''] = match;
    const id = attribute(attrs, 'id');
    if (!id) continue;
    const line = lineAt(body, index);
    const title = attribute(attrs, 'title');
    if (tag === 'Clause') {
      found.push({ id, kind: 'clause', n: attribute(attrs, 'n'), title, heading, source: inner.trim(), text: readableText(inner), line });
      clauseEnd = index + match[0].length;
      parent = id;
      // Items nest inside a clause: parse them from its inner source.
      for (const item of inner.matchAll(/<ClauseItem\b([^>]*)>([\s\S]*?)<\/ClauseItem>/g)) {
        const itemId = attribute(item[1] ?? '', 'id');
        if (!itemId) continue;
        const offset = index + match[0].indexOf(inner) + (item.index ?? 0);
        found.push({
          id: itemId,
          kind: 'item',
          title: attribute(item[1] ?? '', 'title'),
          heading,
          parent: id,
          source: (item[2] ?? '').trim(),
          text: readableText(item[2] ?? ''),
          line: lineAt(body, offset),
        });
      }
    } else {
      found.push({ id, kind: 'item', title, heading, parent: index < clauseEnd ? parent : undefined, source: inner.trim(), text: readableText(inner), line });
    }
  }
  return found;
}
