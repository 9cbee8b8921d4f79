import { clauseLabel, clauseNumberOf, idPattern } from './anchors.ts';
import { parseClauses, type ParsedClause } from './clauses.ts';

/**
 * Clause ids across a regulation's versions. Ids are kept forever: an id that was published once either still
 * exists or gets a tombstone on its old page (removed in version X, successor Y), and is never given to another
 * clause. Removal is read from the committed texts; HR only names a successor, in the chapter's frontmatter.
 */

export interface VersionText {
  version: string;
  /** Chapter files by name (`s4.mdx` …); null when that version could not be read from git. */
  files: ReadonlyMap<string, string> | null;
}

export interface Successor {
  id: string;
  successor?: string;
}

export interface Tombstone {
  id: string;
  /** The chapter file that carried it, and carries its tombstone (`s4.mdx`). */
  file: string;
  /** The first version without it. */
  removedIn: string;
  /** How readers knew it: 「第3條「曠工」」, a heading's or item's title. */
  label: string;
  successor?: string;
  /** How the successor is shown now, e.g. 「考勤制度第2條之一「…」」. */
  successorLabel?: string;
}

const sectionFile = /^s\d+\.mdx?$/;

/** The label a removed anchor is remembered by. */
function labelOf(clause: ParsedClause): string {
  if (clause.kind === 'clause') return `${clause.heading ?? ''}${clauseLabel(clause.n ?? '?')}${clause.title ? `「${clause.title}」` : ''}`;
  if (clause.kind === 'heading') return `「${clause.title}」`;
  return clause.title ? `「${clause.title}」` : `「${clause.text.slice(0, 20)}${clause.text.length > 20 ? '…' : ''}」`;
}

interface Sighting {
  file: string;
  clause: ParsedClause;
}

/** Per readable version: every anchor id with the file it is in. */
function idsByVersion(versions: readonly VersionText[]): { version: string; ids: Map<string, Sighting> }[] {
  return versions
    .filter((v): v is VersionText & { files: ReadonlyMap<string, string> } => v.files !== null)
    .map(({ version, files }) => {
      const ids = new Map<string, Sighting>();
      for (const [file, text] of files) {
        if (!sectionFile.test(file)) continue;
        for (const clause of parseClauses(text)) ids.set(clause.id, { file, clause });
      }
      return { version, ids };
    });
}

/** The successors HR named in a chapter's frontmatter (`removedClauses`), from every current chapter file. */
export function successorsOf(current: ReadonlyMap<string, Successor[] | undefined>): Map<string, Successor & { file: string }> {
  const all = new Map<string, Successor & { file: string }>();
  for (const [file, list] of current) for (const entry of list ?? []) all.set(entry.id, { ...entry, file });
  return all;
}

/** Every id an earlier version had and the current one lacks, with the version it went missing in. */
export function tombstones(versions: readonly VersionText[], successors: ReadonlyMap<string, Successor> = new Map()): Tombstone[] {
  const seen = idsByVersion(versions);
  const current = seen.at(-1);
  if (!current || versions.at(-1)?.files === null) return [];
  const found = new Map<string, Tombstone>();
  seen.slice(0, -1).forEach(({ ids }, index) => {
    for (const [id, { file, clause }] of ids) {
      if (current.ids.has(id)) continue;
      // The first later version without it is where it was removed.
      const removedIn = seen.slice(index + 1).find((later) => !later.ids.has(id))!.version;
      const successor = successors.get(id)?.successor;
      const now = successor ? current.ids.get(successor)?.clause : undefined;
      found.set(id, { id, file, removedIn, label: labelOf(clause), successor, successorLabel: now && labelOf(now) });
    }
  });
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/**
 * What breaks the promise that a clause URL keeps working, one Chinese line each (empty when all is well):
 * malformed or duplicate ids, an id given back after it was removed, a removed clause whose page is gone,
 * and successors that name no removed clause or no existing one.
 */
export function idProblems(versions: readonly VersionText[], successors: ReadonlyMap<string, Successor & { file: string }> = new Map()): string[] {
  const problems: string[] = [];
  const latest = versions.at(-1);
  if (latest?.files) {
    for (const [file, text] of latest.files) {
      if (!sectionFile.test(file)) continue;
      const section = Number(/\d+/.exec(file)![0]);
      const seenHere = new Set<string>();
      for (const clause of parseClauses(text)) {
        if (!idPattern.test(clause.id)) problems.push(`${file} 第 ${clause.line} 行：編號 ${clause.id} 格式不對`);
        else if (!clause.id.startsWith(`c${section}-`)) problems.push(`${file} 第 ${clause.line} 行：編號 ${clause.id} 不屬於第 ${section} 章`);
        if (seenHere.has(clause.id)) problems.push(`${file} 第 ${clause.line} 行：編號 ${clause.id} 重複`);
        const n = clause.kind === 'clause' ? clauseNumberOf(clause.id) : undefined;
        if (n !== undefined && clause.n !== n) {
          problems.push(`${file} 第 ${clause.line} 行：編號 ${clause.id} 是${clauseLabel(n)}，n 應寫成 ${/之/.test(n) ? `"${n}"` : `{${n}}`}，不是 ${clause.n ?? '（空白）'}`);
        }
        seenHere.add(clause.id);
      }
    }
  }
  const seen = idsByVersion(versions);
  const current = seen.at(-1)?.ids ?? new Map<string, Sighting>();
  // Reuse: present, then absent, then present again.
  const reused = new Set<string>();
  seen.forEach(({ ids }, index) => {
    for (const id of ids.keys()) {
      const gap = seen.slice(0, index).findLastIndex((earlier) => earlier.ids.has(id));
      if (gap >= 0 && gap < index - 1 && !reused.has(id)) {
        reused.add(id);
        problems.push(`編號 ${id} 在版本 ${seen[gap + 1]!.version} 刪除後，於版本 ${seen[index]!.version} 又被使用；刪除的編號不可再用，新條文請用新的編號`);
      }
    }
  });
  const files = latest?.files;
  const removed = tombstones(versions, successors);
  for (const stone of removed) {
    if (files && !files.has(stone.file)) {
      problems.push(`編號 ${stone.id} 在版本 ${stone.removedIn} 刪除，但它所在的 ${stone.file} 也已刪除，舊網址無法找到說明；請保留該章節檔`);
    }
  }
  for (const [id, entry] of successors) {
    if (current.has(id)) problems.push(`${entry.file} 的 removedClauses：${id} 仍在條文中，不是已刪除的條文`);
    else if (!removed.some((stone) => stone.id === id)) problems.push(`${entry.file} 的 removedClauses：${id} 從未出現在任何已發布的版本`);
    if (entry.successor && !current.has(entry.successor)) {
      problems.push(`${entry.file} 的 removedClauses：${id} 的 successor ${entry.successor} 不在目前的條文中`);
    }
  }
  return problems;
}
