import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseClauses } from '../../../src/lib/policy/clauses.ts';
import { quizBankSchema, type QuizBank } from '../../../src/lib/quiz/schema.ts';
import { docsRoot } from '../../support/chapters.ts';

/** Test helpers that read the real content: the question banks and the chapter MDX. */

const quizRoot = join(docsRoot, '..', 'quizzes');

export interface BankFile {
  file: string;
  bank: QuizBank;
}

/** Every bank in content/quizzes, through the same schema as the site's `quizzes` collection. */
export function loadBanks(): BankFile[] {
  return readdirSync(quizRoot)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .map((file) => ({ file, bank: quizBankSchema.parse(parse(readFileSync(join(quizRoot, file), 'utf8'))) }));
}

/** Section numbers that have a page: content/docs/{regulation}/s{N}.mdx. */
export function sectionsOf(regulation: string): number[] {
  return readdirSync(join(docsRoot, regulation))
    .map((file) => /^s(\d+)\.mdx$/.exec(file)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The anchors a section page carries: ids of its Clause / ClauseItem elements and `## … {#id}` headings. */
export function anchorsOf(regulation: string, section: number): Set<string> {
  return new Set(parseClauses(readFileSync(join(docsRoot, regulation, `s${section}.mdx`), 'utf8')).map((c) => c.id));
}
