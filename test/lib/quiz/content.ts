import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ruleValuesInForce } from '../../../src/history/rule-versions.ts';
import { resolveBank } from '../../../src/lib/quiz/resolve.ts';
import { readRegulations } from '../../../src/data/regulations.ts';
import { quizBankSchemaFor, type QuizBank, type QuizBankSource } from '../../../src/lib/quiz/schema.ts';
import { quizSettingsSchema, type QuizSettings } from '../../../src/lib/quiz/settings.ts';
import { parseClauses } from '../../../src/lib/policy/clauses.ts';
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
  /** As trainees see it: rule values in force today filled in. */
  bank: QuizBank;
  /** As written, formulas unresolved. */
  source: QuizBankSource;
}

/** Every bank in content/quizzes, through the same schema and rule values as the site's quizzes. */
export function loadBanks(): BankFile[] {
  const values = ruleValuesInForce().value;
  return readdirSync(quizRoot)
    .filter((file) => /\.(ya?ml|json)$/.test(file) && file !== settingsFile)
    .map((file) => {
      const source = quizBankSchemaFor(readRegulations().map((r) => r.slug)).parse(parse(readFileSync(join(quizRoot, file), 'utf8')));
      return { file, source, bank: resolveBank(source, values) };
    });
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
