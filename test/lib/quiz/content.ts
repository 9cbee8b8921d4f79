import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizBankSchema, type QuizBank } from '../../../src/lib/quiz/schema.ts';
import { quizSettingsSchema, type QuizSettings } from '../../../src/lib/quiz/settings.ts';
import { docsRoot } from '../../support/chapters.ts';

/** Test helpers that read the real content: the question banks and the chapter MDX. */

const quizRoot = join(docsRoot, '..', 'quizzes');
/** content/quizzes/settings.yaml holds the training's settings, not questions. */
const settingsFile = 'settings.yaml';

/** The training settings, through the same schema as the site's `quizSettings` collection. */
export function loadSettings(): QuizSettings {
  return quizSettingsSchema.parse(parse(readFileSync(join(quizRoot, settingsFile), 'utf8')));
}

export interface BankFile {
  file: string;
  bank: QuizBank;
}

/** Every bank in content/quizzes, through the same schema as the site's `quizzes` collection. */
export function loadBanks(): BankFile[] {
  return readdirSync(quizRoot)
    .filter((file) => /\.(ya?ml|json)$/.test(file) && file !== settingsFile)
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

/**
 * The anchors a section page carries: explicit `id="c…"` of Clause / ClauseItem, and `c{N}-{k}` for its k-th
 * `##` heading (added at build time by the subsection-ids plugin).
 */
export function anchorsOf(regulation: string, section: number): Set<string> {
  const text = readFileSync(join(docsRoot, regulation, `s${section}.mdx`), 'utf8');
  const ids = [...text.matchAll(/\bid="(c\d[\w-]*)"/g)].map((m) => m[1]!);
  const headings = text.split('\n').filter((line) => /^## /.test(line));
  return new Set([...ids, ...headings.map((_, k) => `c${section}-${k + 1}`)]);
}
