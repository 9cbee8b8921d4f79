import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../src/lib/clause.ts';
import { parseClauses, type ParsedClause } from '../../../src/lib/policy/clauses.ts';
import { docsRoot } from '../../support/chapters.ts';
import { loadBanks } from './content.ts';

/**
 * A quiz explanation that quotes with 「…」 quotes the clause it cites word for word: the same characters as the
 * chapter, so a trainee who follows the link finds the words.
 */
const chapters = new Map<string, ParsedClause[]>();
function clausesOf(regulation: string, section: number): ParsedClause[] {
  const key = `${regulation}/s${section}`;
  if (!chapters.has(key)) chapters.set(key, parseClauses(readFileSync(join(docsRoot, `${key}.mdx`), 'utf8')));
  return chapters.get(key)!;
}

/** The words of a clause with its title and items; for a `##` subsection id, every clause under that heading. */
function citedText(regulation: string, id: string): string {
  const clauses = clausesOf(regulation, sectionOf(id));
  const own = clauses.filter((c) => c.id === id || c.parent === id || c.id.startsWith(`${id}-`));
  return own.map((c) => `${c.title ?? ''}\n${c.heading ?? ''}\n${c.text}`).join('\n');
}

/** Quotes holding a rule number (digits, or a template of one) come from the rules and are checked with them. */
const wordsOnly = (quote: string) => !/[0-9{}]/.test(quote);

const quoting = loadBanks().flatMap(({ bank }) =>
  bank.questions
    .map((q) => [q.id, bank.regulation, q.source, [...q.explanation.matchAll(/「([^」]+)」/g)].map((m) => m[1]!).filter(wordsOnly)] as const)
    .filter(([, , , quotes]) => quotes.length > 0),
);

describe('quoted explanations', () => {
  it('some explanations quote the text', () => {
    expect(quoting.length).toBeGreaterThan(5);
  });

  it.each(quoting)('%s quotes its clause (%s %s) word for word', (_, regulation, source, quotes) => {
    const text = citedText(regulation, source);
    expect(text, `no clause ${source}`).not.toBe('');
    const missing = quotes.filter((quote) => !text.replace(/\s+/g, '').includes(quote.replace(/\s+/g, '')));
    expect(missing, `quotes not in ${regulation} ${source}`).toEqual([]);
  });
});
