import { splitHeading } from '../policy/anchors.ts';

/** One linkable place in a chapter: a `##` subsection, a `<Clause>` or a `<ClauseItem>`. */
export interface ClauseEntry {
  id: string;
  /** How a link names it: 「第2條「項目立項」」, an item's or heading's title. */
  label: string;
  /** Its own words as a reader sees them (nested items excluded). */
  text: string;
}

interface Anchor {
  id: string;
  label: string;
  /** Where its own text starts and where it must stop at the latest. */
  start: number;
  end: number;
  at: number;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\d+)\\})`).exec(tag)?.slice(1).find((v) => v !== undefined);

/** Plain text of an MDX fragment: placeholders as 「[name]」, tags and markdown markers dropped. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<Placeholder\s+name="([^"]*)"\s*\/>/g, '[$1]')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\\([-*+#>.\\[\]_])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s*\n\s*/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function anchorsOf(body: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of body.matchAll(/^##\s+(.+)$|<(Clause|ClauseItem)\b([^>]*)>/gm)) {
    const start = m.index + m[0].length;
    if (m[1] !== undefined) {
      const heading = splitHeading(m[1]);
      if (heading.id) anchors.push({ id: heading.id, label: plainText(heading.title), start, end: body.length, at: m.index });
      continue;
    }
    const id = attr(m[3]!, 'id');
    if (!id) continue;
    const title = attr(m[3]!, 'title');
    const n = attr(m[3]!, 'n');
    const close = body.indexOf(`</${m[2]}>`, start);
    const label = m[2] === 'Clause' ? `第${n}條${title ? `「${title}」` : ''}` : `「${title ?? id}」`;
    anchors.push({ id, label, start, end: close < 0 ? body.length : close, at: m.index });
  }
  return anchors;
}

/**
 * Every id a section page carries, with its label and text; `##` headings carry theirs as `{#c4-1}` (see
 * policy/anchors.ts), so a flow may point at a subsection too. `section` is kept for callers; ids name it.
 */
export function chapterClauses(mdx: string, _section?: number): Map<string, ClauseEntry> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
  const anchors = anchorsOf(body);
  return new Map(
    anchors.map((anchor, i) => {
      const next = anchors[i + 1]?.at ?? body.length;
      const text = plainText(body.slice(anchor.start, Math.min(anchor.end, next)));
      return [anchor.id, { id: anchor.id, label: anchor.label, text: text || anchor.label.replace(/[「」]/g, '') }];
    }),
  );
}
