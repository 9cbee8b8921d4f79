import { parseClauses, type ParsedClause } from './clauses.ts';

/**
 * Rule values as HR writes them: `<R k="key">3</R>` inside a clause sentence. This module only finds them;
 * src/lib/policy/rule-schema.ts says what each key must hold.
 */
export interface RuleMark {
  key: string;
  /** The marked text as written, e.g. `3`, `1.5`, `兩`, `半天`. */
  raw: string;
  /** Chapter file as named to HR, e.g. `content/docs/commercial-operations/s4.mdx`. */
  file: string;
  /** The innermost clause or item holding the mark; undefined when the mark sits outside every clause. */
  clause?: ParsedClause;
  /** The clause the item belongs to (for items), for labels such as 績效考核制度第3條（優秀）. */
  parentClause?: ParsedClause;
  line: number;
}

const markPattern = /<R\s+k=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})\s*>([\s\S]*?)<\/R>/g;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** A clause's own source, without the items nested in it (they are parsed on their own). */
const ownSource = (clause: ParsedClause) => clause.source.replace(/<ClauseItem\b[^>]*>[\s\S]*?<\/ClauseItem>/g, '');

const keyOf = (match: RegExpMatchArray) => (match[1] ?? match[2] ?? match[3] ?? '').trim();

/** Every `<R>` mark of one chapter file, with the clause it sits in. */
export function marksInChapter(file: string, mdx: string): RuleMark[] {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (front) => '\n'.repeat(front.split('\n').length - 1));
  const clauses = parseClauses(mdx);
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  // Where each mark is in the file; a clause claims the first unclaimed one after its opening line.
  const positions = [...body.matchAll(markPattern)].map((match) => ({ match, line: lineAt(body, match.index ?? 0), claimed: false }));
  const found: RuleMark[] = [];
  for (const clause of clauses) {
    if (clause.kind === 'heading') continue;
    for (const match of ownSource(clause).matchAll(markPattern)) {
      const at = positions.find((p) => !p.claimed && p.line >= clause.line && p.match[0] === match[0]);
      if (at) at.claimed = true;
      const parentClause = clause.parent ? byId.get(clause.parent) : undefined;
      found.push({ key: keyOf(match), raw: (match[4] ?? '').trim(), file, clause, parentClause, line: at?.line ?? clause.line });
    }
  }
  // A mark outside every clause is reported too: nothing could say which clause states it.
  for (const { match, line, claimed } of positions) {
    if (!claimed) found.push({ key: keyOf(match), raw: (match[4] ?? '').trim(), file, line });
  }
  return found;
}

/** Every mark of a regulation's chapter files (`s4.mdx` → text), files in name order. */
export function marksInRegulation(regulation: string, files: ReadonlyMap<string, string>): RuleMark[] {
  return [...files.keys()]
    .sort()
    .flatMap((name) => marksInChapter(`content/docs/${regulation}/${name}`, files.get(name)!));
}
