import type { RegulationSlug } from '../data/regulations.ts';

/**
 * A pointer to one clause of one regulation. Ids follow the numbering of the text:
 * `c{section}-{subsection}-{clause}` (subsection 0 when a clause sits directly under its section),
 * `-i{n}` appended for a `-` list item, `c{section}-{subsection}` for a subsection heading.
 * Section pages live at `/{regulation}/s{section}/`.
 */
export interface ClauseRef {
  regulation: RegulationSlug;
  id: string;
  /** Human label, e.g. 「考勤制度第2條」. */
  label: string;
}

/** A well-formed clause id, e.g. `c4-1-2` or `c3-4-2-i1`. */
export const idPattern = /^c(\d+)(?:-(\d+))?(?:-(\d+))?(?:-i(\d+))?$/;

/** The section number a clause id belongs to, or throws on a malformed id. */
export function sectionOf(id: string): number {
  const match = idPattern.exec(id);
  if (!match) throw new Error(`Malformed clause id "${id}": expected c{section}-{subsection}-{clause}[-i{item}]`);
  return Number(match[1]);
}

/** Root-relative URL of a clause, e.g. `/commercial-operations/s4/#c4-1-2`. */
export function clauseHref(ref: Pick<ClauseRef, 'regulation' | 'id'>, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${ref.regulation}/s${sectionOf(ref.id)}/#${ref.id}`;
}
