import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sectionOf } from '../lib/clause.ts';
import type { ClauseLookup } from '../lib/flows/clause-check.ts';
import { chapterClauses, type ClauseEntry } from '../lib/flows/clauses.ts';

/**
 * Build-time access to the chapters (Node only): the clause ids and texts of content/docs/{regulation}/s{N}.mdx,
 * re-read when a file changes so the dev server sees HR's edits.
 */
const cache = new Map<string, { mtime: number; clauses: Map<string, ClauseEntry> }>();

function clausesOf(file: string, section: number): Map<string, ClauseEntry> {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return new Map();
  }
  const hit = cache.get(file);
  if (hit?.mtime === mtime) return hit.clauses;
  const clauses = chapterClauses(readFileSync(file, 'utf8'), section);
  cache.set(file, { mtime, clauses });
  return clauses;
}

/** A ClauseLookup over the chapter files under `docsRoot` (default: content/docs of the project). */
export function chapterLookup(docsRoot = join(process.cwd(), 'content', 'docs')): ClauseLookup {
  return (regulation, id) => {
    const section = sectionOf(id);
    return clausesOf(join(docsRoot, regulation, `s${section}.mdx`), section).get(id);
  };
}
