import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Throwaway copies of this project, for trying HR's steps end to end (edit, commit, build). Copies live inside
 * the project (in .tmp/ or another ignored folder) so that Node, Vite and Astro find the project's node_modules
 * one level up, as in a workspace.
 */

export const projectRoot = join(import.meta.dirname, '..', '..');

const installHint: Record<string, string> = { git: 'apt-get install git', npm: 'install Node.js', npx: 'install Node.js' };

function failure(cwd: string, command: string, args: string[], status: number | null, output: string): Error {
  const hint = installHint[command] ? `; is ${command} installed? ${installHint[command]}` : '';
  return new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${status}${hint}):\n${output.slice(-3000)}`);
}

/** Runs a command to its end; returns its stdout, throws with its output when it fails. */
export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw failure(cwd, command, args, result.status, `${result.stdout ?? ''}\n${result.stderr ?? result.error ?? ''}`);
  return result.stdout;
}

/** The same for a long command (a build), without blocking the test runner's event loop meanwhile. */
export async function runLong(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      errors += String(error);
      resolve(null);
    });
    child.on('close', resolve);
  });
  if (status !== 0) throw failure(cwd, command, args, status, errors);
}

/** git in `repo`, committing as HR (a copy has no identity of its own). */
export function git(repo: string, ...args: string[]): string {
  return run(repo, 'git', ['-c', 'user.name=HR', '-c', 'user.email=hr@example.com', '-c', 'commit.gpgsign=false', ...args]);
}

/** A fresh empty folder in the project's ignored .tmp/. */
export function scratchDir(prefix: string): string {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  return mkdtempSync(join(projectRoot, '.tmp', prefix));
}

export interface CopyOptions {
  /** 'full': a clone with the project's history (the archive of earlier versions); 'none': one commit, as published. */
  history: 'full' | 'none';
  /** Whether the working tree's uncommitted edits (changed, new and deleted files, not ignored ones) come along. */
  withWorkingTree: boolean;
}

/** Copies the project at HEAD into `into` (a missing or empty folder) and returns it. */
export function copyProject(into: string, { history, withWorkingTree }: CopyOptions): string {
  git(projectRoot, 'clone', '--quiet', '--no-checkout', projectRoot, into);
  git(into, 'checkout', '--quiet', '--detach', git(projectRoot, 'rev-parse', 'HEAD').trim());
  if (withWorkingTree) {
    const list = (...flags: string[]) => git(projectRoot, 'ls-files', '-z', ...flags).split('\0').filter(Boolean);
    for (const file of list('--modified', '--others', '--exclude-standard')) {
      const source = join(projectRoot, file);
      if (existsSync(source) && statSync(source).isFile()) cpSync(source, join(into, file));
    }
    for (const file of list('--deleted')) rmSync(join(into, file), { force: true });
  }
  if (history === 'none') {
    rmSync(join(into, '.git'), { recursive: true, force: true });
    git(into, 'init', '--quiet');
    git(into, 'add', '--all');
    git(into, 'commit', '--quiet', '-m', 'As published');
  }
  return into;
}

/** Commits every change to tracked files, as HR does after editing. */
export function commitAll(repo: string, message: string): void {
  git(repo, 'commit', '--quiet', '--all', '-m', message);
}

export interface VersionBump {
  /** The overview's version before and after. */
  previous: string;
  version: string;
  /** The overview's new text. */
  text: string;
}

/**
 * CONTRIBUTING「修改版本與修訂記錄」 on an overview's text: the version one minor step up, the effective date, a
 * changelog entry (with its own effectiveDate when that is not the day it is written), and nextReview moved a
 * year past the effective date when it would otherwise fall before it.
 */
export function bumpVersion(overview: string, change: { date: string; effectiveDate?: string; summary: string }): VersionBump {
  const { date, effectiveDate = date, summary } = change;
  const previous = /^version:\s*"([^"]+)"/m.exec(overview)?.[1];
  if (!previous) throw new Error('overview: no quoted version in its frontmatter');
  const [major, minor = '0'] = previous.split('.');
  const version = `${major}.${Number(minor) + 1}`;
  const entry = [`  - version: "${version}"`, `    date: "${date}"`, ...(effectiveDate === date ? [] : [`    effectiveDate: "${effectiveDate}"`]), `    summary: "${summary}"`];
  let text = overview
    .replace(/^version:\s*"[^"]+"/m, `version: "${version}"`)
    .replace(/^effectiveDate:\s*"[^"]+"/m, `effectiveDate: "${effectiveDate}"`)
    .replace(/^(changelog:\n(?:\s+.*\n)*?)(?=\S)/m, `$1${entry.join('\n')}\n`);
  const nextReview = /^nextReview:\s*"([\d-]+)"/m.exec(text)?.[1];
  if (nextReview && nextReview <= effectiveDate) {
    text = text.replace(/^nextReview:\s*"[^"]+"/m, `nextReview: "${Number(effectiveDate.slice(0, 4)) + 1}${effectiveDate.slice(4)}"`);
  }
  return { previous, version, text };
}

/**
 * `astro build` in a copy as HR's CI runs it: without the variables Vitest and Vite set for tests (DEV=1 makes
 * Astro render dev-only markup), and with or without CI (a one-commit copy lacks the history CI insists on).
 * Returns the seconds it took.
 */
export async function buildSite(repo: string, { ci }: { ci: boolean }): Promise<number> {
  const testOnly = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE_URL', 'ASSETS_PREFIX', ...(ci ? [] : ['CI'])]);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !testOnly.has(key) && !key.startsWith('VITEST')));
  const started = Date.now();
  await runLong(repo, 'npx', ['astro', 'build'], env);
  return (Date.now() - started) / 1000;
}
