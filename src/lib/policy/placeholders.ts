import { headingLineId, sectionNumberOf } from './anchors.ts';

/**
 * Template placeholders of the source (`[具體時間]`), written in MDX as `<Placeholder name="具體時間" />`.
 * Their values live in content/company.yaml; null means HR has not filled the value in yet.
 */
export type PlaceholderValues = Readonly<Record<string, string | null>>;

export class UnknownPlaceholderError extends Error {
  constructor(
    readonly placeholder: string,
    where: string,
    known: readonly string[],
  ) {
    const guess = closestName(placeholder, known);
    super(
      `${where}：未知的佔位符「${placeholder}」${guess ? `，是不是「${guess}」？` : '。'}` +
        '請改成 content/company.yaml 已有的名稱，或在該檔案新增這一項。',
    );
    this.name = 'UnknownPlaceholderError';
  }
}

/** The text to print: the value once HR has filled it, null while it is still open. Unknown names throw. */
export function placeholderValue(name: string, values: PlaceholderValues, where: string): string | null {
  if (!Object.hasOwn(values, name)) throw new UnknownPlaceholderError(name, where, Object.keys(values));
  return values[name] ?? null;
}

/** The known name sharing the most characters with a mistyped one, if any shares at least half. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const chars = new Set(name);
  const score = (candidate: string) => [...new Set(candidate)].filter((c) => chars.has(c)).length / Math.max(chars.size, new Set(candidate).size);
  const best = [...known].sort((a, b) => score(b) - score(a))[0];
  return best !== undefined && score(best) >= 0.5 ? best : undefined;
}

export interface PlaceholderUse {
  name: string;
  /** 1-based line in the MDX file, frontmatter included. */
  line: number;
  /** The nearest clause, item or subsection id before it, for a link that lands close by. */
  anchor?: string;
  /** The sentence around it as a reader sees it, placeholders shown as [名稱]. */
  excerpt: string;
}

const tag = /<Placeholder\s+name=(?:"([^"]*)"|'([^']*)')\s*\/>/g;
/** A clause or item id (c3-2-1, c3-4-2-i1), or a placeholder, in the order they occur on a line. */
const token = new RegExp(`(?<![\\w-])id="(c\\d+(?:-\\d+)*(?:-i\\d+)?)"|${tag.source}`, 'g');
const decode = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Every placeholder in an MDX source, in order. `path` (…/s4.mdx) tells whether its `## … {#id}` are clause ids. */
export function findPlaceholders(source: string, path: string): PlaceholderUse[] {
  const section = sectionNumberOf(path);
  const uses: PlaceholderUse[] = [];
  let anchor: string | undefined;
  source.split('\n').forEach((text, index) => {
    const heading = section === undefined ? undefined : headingLineId(text);
    if (heading) anchor = heading;
    for (const match of text.matchAll(token)) {
      if (match[1]) anchor = match[1];
      else uses.push({ name: decode(match[2] ?? match[3] ?? ''), line: index + 1, anchor, excerpt: excerptOf(text) });
    }
  });
  return uses;
}

function excerptOf(line: string): string {
  const text = line
    .replace(tag, (_, a?: string, b?: string) => `[${decode(a ?? b ?? '')}]`)
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
