/**
 * "Changed since you last read": per regulation, the version a reader last read in full and the clauses
 * changed since that were already shown. Ships to the browser on every regulation page, so it is kept tiny:
 * no zod, a hand check of the shape, and an unreadable record is reset quietly, never an error.
 */

/** One changed clause: anchor id, label, link to the clause, link to its diff in 修訂記錄, and its list item. */
export interface ChangedClause {
  id: string;
  label: string;
  href: string;
  diff: string;
  /** The notice's `<li>`, rendered at build time so the script carries no words (the Simplified edition converts them). */
  html: string;
}
/** /changes/{regulation}.json. */
export interface ChangeLog {
  /** The notice's opening paragraph (kept out of the page, so search never finds it). */
  intro: string;
  /** The 「已修訂」 mark put at the start of a changed clause. */
  mark: string;
  /**
   * For each earlier version, the clauses changed since it, each once with its newest diff. A version missing
   * here is unknown to the regulation.
   */
  since: Record<string, ChangedClause[]>;
}

/** Per regulation: [last version read in full, ...ids of clauses changed since then that were already shown]. */
export type ReadState = Record<string, string[]>;

/** The shape's version: bump it with the shape; data under an older key is simply not read. */
export const readKey = 'policy-read:v1';

/**
 * The stored state (`stored` reads it; storage that refuses access counts as empty), or a fresh one when it is
 * missing, not JSON or not this shape.
 */
export function decodeReadState(stored: () => string | null): ReadState {
  try {
    const data = JSON.parse(stored()!);
    if (!Array.isArray(data) && Object.values(data).every((r: unknown) => Array.isArray(r) && typeof r[0] === 'string')) return data;
  } catch {
    // Not JSON, no storage: start afresh.
  }
  return {};
}

/** The clauses changed since the version last read that were not shown yet; undefined for a version the log does not know. */
export const unreadChanges = ({ since }: ChangeLog, [seen, ...read]: string[]): ChangedClause[] | undefined =>
  Object.hasOwn(since, seen!) ? since[seen!]!.filter((clause) => !read.includes(clause.id)) : undefined;

/**
 * Record that `shown` of the `pending` clauses were shown with version `version` on the page: once all were,
 * the version counts as read. Updates `state` in place (it is the page's only copy) and returns it.
 */
export function markRead(state: ReadState, regulation: string, version: string, pending: readonly ChangedClause[], shown: readonly string[]): ReadState {
  const [seen = version, ...read] = state[regulation] ?? [];
  const now = [...read, ...shown];
  state[regulation] = pending.every((clause) => now.includes(clause.id)) ? [version] : [seen, ...now];
  return state;
}
