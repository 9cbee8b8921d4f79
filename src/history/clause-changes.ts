import { diffClauses, type ClauseChange } from '../lib/policy/clause-diff.ts';
import { readerLog } from '../lib/policy/reader-log.ts';
import { regulationHistory } from './git-versions.ts';

/** What one version changed, clause by clause, as 修訂記錄, 最新修訂 and the feed show it. */
export interface VersionChanges {
  version: string;
  /** The version it is compared with. */
  previous: string;
  date: string;
  summary: string;
  /** null when either version's text could not be read from git (the pages say so). */
  changes: ClauseChange[] | null;
}

/** Every version after the first, oldest first, diffed against the version before it. */
export function regulationChanges(regulation: string, root = process.cwd()): VersionChanges[] {
  const { versions } = regulationHistory(regulation, root);
  return versions.slice(1).map((version, index) => {
    const previous = versions[index]!;
    return {
      version: version.version,
      previous: previous.version,
      date: version.date,
      summary: version.summary,
      changes: previous.files && version.files ? diffClauses(previous.files, version.files) : null,
    };
  });
}

/** The same, looked up by version. */
export const changesByVersion = (regulation: string, root = process.cwd()) =>
  new Map(regulationChanges(regulation, root).map((entry) => [entry.version, entry]));

/** /changes/{regulation}.json: every version with the clauses it changed, for the changed-since-you-last-read notice. */
export function readerChangeLog(regulation: string, options?: Parameters<typeof readerLog>[2], root = process.cwd()) {
  const changes = changesByVersion(regulation, root);
  const { versions } = regulationHistory(regulation, root);
  return readerLog(regulation, versions.map(({ version }) => ({ version, changes: changes.get(version)?.changes })), options);
}
