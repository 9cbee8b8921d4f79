import { spawnSync } from 'node:child_process';
import { newestCommitDates } from '../lib/git-log.ts';

/**
 * Last commit date per chapter file. Starlight's own `lastUpdated` only looks in src/content/docs at build time
 * and finds nothing, since our chapters live in content/docs; so we read git once for the whole folder.
 * A shallow clone (CI's default) gives every file the date of the one commit it has: see README.
 */
let dates: Map<string, Date> | undefined;

export function lastCommitDate(filePath: string): Date | undefined {
  dates ??= readDates();
  return dates.get(filePath.replaceAll('\\', '/').replace(/^\.\//, ''));
}

function readDates(): Map<string, Date> {
  const result = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--relative', '--', 'content/docs'], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  return result.status === 0 ? newestCommitDates(result.stdout) : new Map();
}
