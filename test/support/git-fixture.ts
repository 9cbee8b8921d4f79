import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from './project-copy.ts';

/** A throwaway git repository to commit chapter versions into, for tests that read history from git. */
export interface GitFixture {
  root: string;
  /** Writes the files (paths relative to the root; null deletes) and commits them. */
  commit(files: Record<string, string | null>, message?: string): void;
  remove(): void;
}

export function gitFixture(prefix = 'ids-'): GitFixture {
  const root = mkdtempSync(join(tmpdir(), prefix));
  git(root, 'init', '-q', '-b', 'main');
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
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '--allow-empty', '-m', message);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
