import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A throwaway copy of this project (its git history, plus uncommitted edits), for trying HR's steps end to end. */

export const projectRoot = join(import.meta.dirname, '..', '..');

export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * git clone (history for the version archive), the working tree's edits on top. It lives in the project's
 * .tmp/ so that Node and Vite find the project's node_modules one level up, as in a workspace.
 */
export function copyProject(prefix = 'new-regulation-'): string {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  const copy = mkdtempSync(join(projectRoot, '.tmp', prefix));
  run(projectRoot, 'git', ['clone', '-q', projectRoot, copy]);
  const list = (flags: string[]) => run(projectRoot, 'git', ['ls-files', '-z', ...flags]).split('\0').filter(Boolean);
  for (const file of list(['-m', '-o', '--exclude-standard'])) {
    if (existsSync(join(projectRoot, file)) && statSync(join(projectRoot, file)).isFile()) {
      cpSync(join(projectRoot, file), join(copy, file), { recursive: true });
    }
  }
  for (const file of list(['-d'])) rmSync(join(copy, file), { force: true });
  return copy;
}
