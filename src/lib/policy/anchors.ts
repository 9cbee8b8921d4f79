/**
 * Clause anchors: the one place that knows what an id looks like, how a new one is made and where it links.
 *
 * Ids are assigned once and kept (never renumbered), so a link to a clause survives edits:
 * - `c{section}-{sub}`: a `##` subsection heading, written in the MDX as `## 考勤制度 {#c4-1}`;
 *   a new heading takes the next unused `{sub}` of its page, wherever it sits.
 * - `c{section}-{sub}-{n}`: clause n (sub 0 for a clause directly under its section), e.g. `c4-1-2`.
 * - `c{section}-{sub}-{n}-{k}`: a clause inserted after clause n, the legal 第N條之K (`c4-1-2-1` = 第2條之一);
 *   inserted after an inserted clause, the next K (`c4-1-2-2` = 第2條之二).
 * - `…-i{k}`: the k-th `-` item of a clause or subsection; a new item takes the next unused k.
 * Section pages live at `/{regulation}/s{section}/`.
 */

export interface ClauseRef {
  regulation: string;
  id: string;
  /** Human label, e.g. 「考勤制度第2條」. */
  label: string;
}

/** A well-formed id: `c4-1`, `c4-1-2`, `c4-1-2-1` (之一), `c3-4-2-i1`, `c1-1-i1`, `c2-0-1`. */
export const idPattern = /^c(\d+)(?:-(\d+)(?:-(\d+)((?:-\d+)*))?)?(?:-i(\d+))?$/;

export interface ParsedId {
  section: number;
  subsection?: number;
  clause?: number;
  /** 之K steps after `clause`: `c4-1-2-1` → [1]. */
  inserted: number[];
  item?: number;
}

export function parseId(id: string): ParsedId | undefined {
  const match = idPattern.exec(id);
  if (!match) return undefined;
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  return {
    section: Number(match[1]),
    subsection: number(match[2]),
    clause: number(match[3]),
    inserted: match[4] ? match[4].slice(1).split('-').map(Number) : [],
    item: number(match[5]),
  };
}

/** The section number a clause id belongs to, or throws on a malformed id. */
export function sectionOf(id: string): number {
  const parsed = parseId(id);
  if (!parsed) throw new Error(`Malformed clause id "${id}": expected c{section}-{subsection}-{clause}[-{之K}][-i{item}]`);
  return parsed.section;
}

/** Root-relative URL of a clause, e.g. `/commercial-operations/s4/#c4-1-2`. */
export function clauseHref(ref: Pick<ClauseRef, 'regulation' | 'id'>, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${ref.regulation}/s${sectionOf(ref.id)}/#${ref.id}`;
}

// ---- Making ids (the importer numbers a fresh text; HR adds to an existing one) ----

export const headingId = (section: number, subsection: number) => `c${section}-${subsection}`;
/** `owner` is a heading id, or `c{section}-0` for a clause directly under its section. */
export const clauseId = (owner: string, n: number) => `${owner}-${n}`;
export const itemId = (owner: string, k: number) => `${owner}-i${k}`;

/** The id of a clause inserted right after `previous` (第N條 or 第N條之K). */
export function insertedAfter(previous: string): string {
  const parsed = parseId(previous);
  if (parsed?.clause === undefined || parsed.item !== undefined) throw new Error(`"${previous}" is not a clause id`);
  const k = (parsed.inserted[0] ?? 0) + 1;
  return `c${parsed.section}-${parsed.subsection}-${parsed.clause}-${k}`;
}

const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** The number a clause shows, from its id: `c4-1-2` → "2", `c4-1-2-1` → "2之一". */
export function clauseNumberOf(id: string): string | undefined {
  const parsed = parseId(id);
  if (parsed?.clause === undefined || parsed.item !== undefined) return undefined;
  return [String(parsed.clause), ...parsed.inserted.map((k) => `之${chineseNumber(k)}`)].join('');
}

/** 「第2條」, 「第2條之一」 from the `n` written on a clause ("2", "2之一"). */
export function clauseLabel(n: string | number): string {
  const [number, ...rest] = String(n).split('之');
  return `第${number}條${rest.map((k) => `之${k}`).join('')}`;
}

/** The next unused subsection id of a page, for a new `##` heading. */
export function nextHeadingId(section: number, existing: Iterable<string>): string {
  let max = 0;
  for (const id of existing) {
    const parsed = parseId(id);
    if (parsed?.section === section && parsed.subsection !== undefined) max = Math.max(max, parsed.subsection);
  }
  return headingId(section, max + 1);
}

// ---- Reading ids back from chapter MDX ----

const explicitId = /\s*\{#([\w-]+)\}\s*$/;

/** `## 考勤制度 {#c4-1}` (the text after `## `) → its title and explicit id. */
export function splitHeading(text: string): { title: string; id?: string } {
  const match = explicitId.exec(text);
  return match ? { title: text.slice(0, match.index).trim(), id: match[1] } : { title: text.trim() };
}

/** A `##` line's explicit id, if the line is a level-2 heading that carries one. */
export function headingLineId(line: string): string | undefined {
  const match = /^##\s+(.+?)\s*$/.exec(line);
  return match ? splitHeading(match[1]!).id : undefined;
}

const sectionPage = /content\/docs\/(?:[a-z-]+\/)*[a-z0-9-]+\/s(\d+)\.mdx?$/;

/** `…/content/docs/commercial-operations/s4.mdx` → 4; undefined for pages that are not section pages. */
export function sectionNumberOf(path: string | undefined): number | undefined {
  const match = path ? sectionPage.exec(decodeURIComponent(path).replaceAll('\\', '/')) : null;
  return match ? Number(match[1]) : undefined;
}
