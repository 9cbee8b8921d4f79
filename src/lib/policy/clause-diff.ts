import { parseClauses, type ParsedClause } from './clauses.ts';
import { textDiff, type DiffPart } from './text-diff.ts';

/** One clause that differs between two versions of a regulation. */
export interface ClauseChange {
  id: string;
  kind: 'changed' | 'added' | 'removed';
  /** Page of the clause within the regulation: `s4` for s4.mdx, '' for the overview. The old page when removed. */
  page: string;
  /** For people: chapter, subsection and number, e.g. 「四、管理制度 考勤制度 第2條」. */
  label: string;
  /** Readable text of the old and the new version; '' where the clause did not exist. */
  before: string;
  after: string;
  /** Character-level diff from `before` to `after` (all inserted when added, all deleted when removed). */
  parts: DiffPart[];
}

interface Located {
  clause: ParsedClause;
  page: string;
  label: string;
  order: number;
}

const pageOf = (file: string) => (file.replace(/\.mdx?$/, '') === 'index' ? '' : file.replace(/\.mdx?$/, ''));
const chapterTitle = (mdx: string) =>
  /^---\r?\n[\s\S]*?^title:\s*(?:"([^"]*)"|'([^']*)'|(.*?))\s*$/m.exec(mdx)?.slice(1, 4).find((t) => t !== undefined) ?? '';

/** Chapter files in reading order: the overview, then s1, s2 … s10 by number rather than by spelling. */
const fileOrder = (names: Iterable<string>) =>
  [...names].sort((a, b) => (a.startsWith('index.') ? -1 : b.startsWith('index.') ? 1 : a.localeCompare(b, 'en', { numeric: true })));

function labelled(clauses: readonly ParsedClause[], chapter: string): string[] {
  const labels = new Map<string, string>();
  const itemCount = new Map<string, number>();
  return clauses.map((clause) => {
    const where = [chapter, clause.heading].filter(Boolean).join(' ');
    let label: string;
    if (clause.kind === 'heading') label = [chapter, clause.title].filter(Boolean).join(' ');
    else if (clause.kind === 'clause') label = `${where} 第${clause.n ?? '?'}條`;
    else {
      const owner = clause.parent ?? `heading:${clause.heading ?? ''}`;
      const k = (itemCount.get(owner) ?? 0) + 1;
      itemCount.set(owner, k);
      label = `${(clause.parent && labels.get(clause.parent)) || where} 第${k}項`;
    }
    label = label.trim();
    if (clause.kind !== 'heading' && clause.title) label += `（${clause.title}）`;
    labels.set(clause.id, label.replace(/（[^）]*）$/, ''));
    return label;
  });
}

function locate(files: ReadonlyMap<string, string>): Map<string, Located> {
  const found = new Map<string, Located>();
  for (const file of fileOrder(files.keys())) {
    const mdx = files.get(file)!;
    const clauses = parseClauses(mdx);
    const labels = labelled(clauses, chapterTitle(mdx));
    clauses.forEach((clause, index) => {
      if (!found.has(clause.id)) found.set(clause.id, { clause, page: pageOf(file), label: labels[index]!, order: found.size });
    });
  }
  return found;
}

/** Title and text together: a renamed clause is a changed clause. */
const readable = ({ title, text, kind }: ParsedClause) => (title && kind !== 'heading' ? `${title}：${text}` : text);

/**
 * The clauses that differ between two versions of one regulation's chapter files (file name → MDX), matched by
 * id across the whole regulation so a clause that moved to another chapter counts as changed only if its words
 * did. In the new version's reading order; a removed clause follows the clause that preceded it.
 */
export function diffClauses(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): ClauseChange[] {
  const old = locate(before);
  const now = locate(after);
  const changes: ClauseChange[] = [];
  const removedAfter = new Map<string, ClauseChange[]>();
  let previous = '';
  for (const [id, was] of old) {
    if (now.has(id)) {
      previous = id;
      continue;
    }
    const text = readable(was.clause);
    const change: ClauseChange = { id, kind: 'removed', page: was.page, label: was.label, before: text, after: '', parts: [{ op: 'del', text }] };
    removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), change]);
  }
  changes.push(...(removedAfter.get('') ?? []));
  for (const [id, is] of now) {
    const was = old.get(id);
    const text = readable(is.clause);
    if (!was) {
      changes.push({ id, kind: 'added', page: is.page, label: is.label, before: '', after: text, parts: [{ op: 'ins', text }] });
    } else {
      const oldText = readable(was.clause);
      if (oldText !== text) {
        changes.push({ id, kind: 'changed', page: is.page, label: is.label, before: oldText, after: text, parts: textDiff(oldText, text) });
      }
    }
    changes.push(...(removedAfter.get(id) ?? []));
  }
  return changes;
}

/** Site path of a clause: `/commercial-operations/s4/#c4-1-2`. */
export const clauseHref = (regulation: string, change: Pick<ClauseChange, 'page' | 'id'>) =>
  `/${regulation}/${change.page ? `${change.page}/` : ''}#${change.id}`;

/** Anchor of a clause's diff in the overview's 修訂記錄: `diff-1-1-c4-1-2`. */
export const diffAnchor = (version: string, id: string) => `diff-${version.replaceAll('.', '-')}-${id}`;

/** Anchor of a version's 修正條文對照表 in 修訂記錄: `compare-1-1`. */
export const compareAnchor = (version: string) => `compare-${version.replaceAll('.', '-')}`;
