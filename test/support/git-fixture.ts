import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway git repository to commit chapter versions into, for tests that read history from git. */
export interface GitFixture {
  root: string;
  /** Writes the files (paths relative to the root; null deletes) and commits them. */
  commit(files: Record<string, string | null>, message?: string): void;
  remove(): void;
}

function git(root: string, args: string[]) {
  const result = spawnSync('git', ['-c', 'user.name=測試', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (is git installed? apt-get install git): ${result.stderr}`);
  return result.stdout;
}

export function gitFixture(prefix = 'ids-'): GitFixture {
  const root = mkdtempSync(join(tmpdir(), prefix));
  git(root, ['init', '-q', '-b', 'main']);
  return {
    root,
    commit(files, message = 'edit') {
      for (const [path, text] of Object.entries(files)) {
        const target = join(root, path);
        if (text === null) rmSync(target, { force: true });
        else {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, text);
        }
      }
      git(root, ['add', '-A']);
      git(root, ['commit', '-q', '--allow-empty', '-m', message]);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
