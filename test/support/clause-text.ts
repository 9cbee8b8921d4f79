import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionOf, type ClauseRef } from '../../src/lib/clause.ts';
import { docsRoot, visibleText } from './chapters.ts';

/** The MDX source of the section page a clause lives on, e.g. content/docs/commercial-operations/s4.mdx. */
export function chapterSource(ref: Pick<ClauseRef, 'regulation' | 'id'>): string {
  return readFileSync(join(docsRoot, ref.regulation, `s${sectionOf(ref.id)}.mdx`), 'utf8');
}

const anyId = /(?<![\w-])id=["'{]/g;

/**
 * The visible text of the element carrying `id` in an MDX source, from the end of its opening tag up to the
 * next element with an id (the next clause or item) or the next heading, whitespace dropped (Chinese text
 * has none that matters).
 */
export function clauseText(source: string, id: string): string {
  const opening = new RegExp(`(?<![\\w-])id=(?:"${id}"|'${id}'|\\{["'\`]${id}["'\`]\\})`).exec(source);
  if (!opening) throw new Error(`no element with id="${id}" in the chapter`);
  const start = source.indexOf('>', opening.index) + 1;
  anyId.lastIndex = start;
  const nextId = anyId.exec(source);
  const nextHeading = /^#{1,6}\s/m.exec(source.slice(start));
  const ends = [source.length];
  if (nextId) ends.push(source.lastIndexOf('<', nextId.index));
  if (nextHeading) ends.push(start + nextHeading.index);
  return visibleText(source.slice(start, Math.min(...ends))).replace(/\s+/g, '');
}
