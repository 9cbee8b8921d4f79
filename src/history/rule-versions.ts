import { siteConfig } from '../data/site.ts';
import { todayIn } from '../lib/policy/date.ts';
import { inForceOn, type Dated } from '../lib/policy/in-force.ts';
import type { RuleValues } from '../lib/policy/rule-schema.ts';
import { RuleTextError, readRuleValues, ruleSetFromText, type RuleSet } from '../lib/policy/rule-set.ts';
import { regulationHistory } from './git-versions.ts';

export type { RuleSet } from '../lib/policy/rule-set.ts';

/** The regulation whose clauses state the calculators' rules (考勤制度, 績效考核制度). */
export const rulesRegulation = 'commercial-operations' as const;

export interface RuleHistory {
  /** Readable versions, oldest first (all of them when `complete`). */
  versions: Dated<RuleSet>[];
  /** The same versions as the marked values per key (what quiz formulas read). */
  values: Dated<RuleValues>[];
  /** False when earlier versions could not be read from git (shallow clone, downloaded archive). */
  complete: boolean;
  /** Versions of the changelog that could not be read. */
  unavailable: string[];
}

const cache = new Map<string, RuleHistory>();

/**
 * The rule sets of every changelog version, each read from the marked clauses of that version's committed
 * text (the current one from the working tree), with its effective date. A version whose text does not state
 * a rule fails the build naming the file, the clause and the key. Without full history only the readable
 * versions are returned (pages say earlier ones are unavailable); in CI that fails instead (git-versions.ts).
 */
export function ruleHistory(root = process.cwd()): RuleHistory {
  let found = cache.get(root);
  if (found) return found;
  const history = regulationHistory(rulesRegulation, root);
  const versions: Dated<RuleSet>[] = [];
  const values: Dated<RuleValues>[] = [];
  const unavailable: string[] = [];
  for (const version of history.versions) {
    if (!version.files) {
      unavailable.push(version.version);
      continue;
    }
    try {
      const dated = { version: version.version, effectiveDate: version.effectiveDate };
      values.push({ ...dated, value: readRuleValues(rulesRegulation, version.files).values });
      versions.push({ ...dated, value: ruleSetFromText(rulesRegulation, version.files) });
    } catch (error) {
      if (!(error instanceof RuleTextError)) throw error;
      const which = version.commit ? `版本 ${version.version}（commit ${version.commit.slice(0, 7)}）` : `版本 ${version.version}（目前的條文）`;
      throw new Error(`${which}：${error.message}`, { cause: error });
    }
  }
  found = { versions, values, complete: unavailable.length === 0, unavailable };
  cache.set(root, found);
  return found;
}

/** The rule sets of every readable version, oldest first, each with its effective date. */
export function ruleVersions(): Dated<RuleSet>[] {
  return ruleHistory().versions;
}

/** Today in the company's time zone, as the pages are built. */
export const buildDay = (): string => todayIn(siteConfig.timeZone);

/** The marked rule values in force on `day` (default: today), for quizzes and rule tables. */
export const ruleValuesInForce = (day = buildDay()): Dated<RuleValues> => inForceOn(ruleHistory().values, day);
