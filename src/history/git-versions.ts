import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Build-time archive of a regulation: for every version in its overview's changelog, the chapter files as
 * committed for that version. The text is the rule, so this is what rule values, clause diffs and the feed
 * are computed from. The current version is read from the working tree (so `npm run dev` shows edits);
 * an earlier version is read from the tree just before the commit that introduced the next version.
 */

export interface CommittedVersion {
  version: string;
  /** Changelog date (when the change was made). */
  date: string;
  /** First day the version applies: the entry's `effectiveDate`, else the overview's as committed, else `date`. */
  effectiveDate: string;
  summary: string;
  /** The commit read; null for the working tree (current version) or when history is unavailable. */
  commit: string | null;
  /** Chapter files by name within the regulation folder (`index.mdx`, `s4.mdx` …); null when unavailable. */
  files: ReadonlyMap<string, string> | null;
}

export interface RegulationHistory {
  regulation: string;
  /** Oldest first; the last is the current version. */
  versions: CommittedVersion[];
  /** False when some earlier version could not be read (shallow clone, no git, version never committed). */
  complete: boolean;
  /** Why it is incomplete, in English for the build log; undefined when complete. */
  problem?: string;
}

interface ChangelogEntry {
  version: string;
  date: string;
  summary: string;
  effectiveDate?: string;
}
interface OverviewData {
  version?: string;
  effectiveDate?: string;
  changelog?: ChangelogEntry[];
}

const docsDir = 'content/docs';
const cache = new Map<string, RegulationHistory>();

function git(root: string, args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

function frontmatter(text: string): OverviewData {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return {};
  const data: unknown = parseYaml(match[1]!);
  return data && typeof data === 'object' ? (data as OverviewData) : {};
}

function workingTreeFiles(root: string, regulation: string): Map<string, string> {
  const dir = join(root, docsDir, regulation);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (/\.mdx?$/.test(name)) files.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

function committedFiles(root: string, commit: string, regulation: string): Map<string, string> | null {
  const prefix = `${docsDir}/${regulation}/`;
  const list = git(root, ['ls-tree', '--name-only', commit, prefix]);
  if (list === null) return null;
  const files = new Map<string, string>();
  for (const path of list.split('\n').filter((line) => /\.mdx?$/.test(line))) {
    const text = git(root, ['show', `${commit}:${path}`]);
    if (text === null) return null;
    files.set(path.slice(prefix.length), text);
  }
  return files;
}

/** Newest commit first: each commit that touched the overview, with the version its overview then carried. */
function overviewVersions(root: string, regulation: string): { commit: string; data: OverviewData }[] | null {
  const path = `${docsDir}/${regulation}/index.mdx`;
  const log = git(root, ['log', '--format=%H', '--', path]);
  if (log === null) return null;
  return log
    .split('\n')
    .filter(Boolean)
    .map((commit) => ({ commit, data: frontmatter(git(root, ['show', `${commit}:${path}`]) ?? '') }));
}

/**
 * The tree that holds a version's final text: just before the commit that introduced the next version (text
 * edits made while the overview still said this version belong to it), or HEAD when the next version is not
 * committed yet. Commits are newest first.
 */
function versionTree(root: string, commits: { commit: string; data: OverviewData }[], version: string, next: string): string {
  const introducing = commits.filter(({ data }) => data.version === next).at(-1);
  if (introducing && git(root, ['rev-parse', '--verify', '--quiet', `${introducing.commit}^`]) !== null) return `${introducing.commit}^`;
  if (!introducing && commits[0]?.data.version === version) return 'HEAD';
  return commits.find(({ data }) => data.version === version)!.commit;
}

function readHistory(regulation: string, root: string): RegulationHistory {
  const overviewPath = join(root, docsDir, regulation, 'index.mdx');
  if (!existsSync(overviewPath)) throw new Error(`${docsDir}/${regulation}/index.mdx: regulation overview not found`);
  const current = frontmatter(readFileSync(overviewPath, 'utf8'));
  const changelog = current.changelog ?? [];
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim();
  const commits = shallow === undefined ? null : overviewVersions(root, regulation);
  const missing: string[] = [];

  const versions = changelog.map((entry, index): CommittedVersion => {
    const base = { version: entry.version, date: entry.date, summary: entry.summary };
    if (index === changelog.length - 1) {
      const effectiveDate = entry.effectiveDate ?? current.effectiveDate ?? entry.date;
      return { ...base, effectiveDate, commit: null, files: workingTreeFiles(root, regulation) };
    }
    const found = commits?.find(({ data }) => data.version === entry.version);
    const tree = found ? versionTree(root, commits!, entry.version, changelog[index + 1]!.version) : null;
    const files = tree ? committedFiles(root, tree, regulation) : null;
    if (!files) missing.push(entry.version);
    const effectiveDate = entry.effectiveDate ?? found?.data.effectiveDate ?? entry.date;
    const commit = tree ? (git(root, ['rev-parse', tree])?.trim() ?? null) : null;
    return { ...base, effectiveDate, commit, files };
  });

  if (missing.length === 0) return { regulation, versions, complete: true };
  const why =
    shallow === undefined
      ? 'not a git checkout'
      : shallow === 'true'
        ? 'shallow clone'
        : 'no commit carries these versions';
  return { regulation, versions, complete: false, problem: `${why}: versions ${missing.join(', ')} of ${regulation} cannot be read` };
}

/**
 * The regulation's versions with their committed text. Without full history the earlier versions have
 * `files: null` and the pages say so; in CI (`CI=true`) that fails the build instead, naming the fix.
 */
export function regulationHistory(regulation: string, root = process.cwd()): RegulationHistory {
  const key = `${root}\0${regulation}`;
  let history = cache.get(key);
  if (!history) {
    history = readHistory(regulation, root);
    cache.set(key, history);
  }
  if (!history.complete && process.env.CI === 'true') {
    throw new Error(
      `${docsDir}/${regulation}/index.mdx: earlier versions cannot be read from git (${history.problem}). ` +
        'Run `git fetch --unshallow` (or clone with full history) before building.',
    );
  }
  return history;
}
