import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/** A static server for a built dist/ on a port the OS picks (never one of the fixed preview ports). */
export async function serveStatic(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    response.writeHead(found ? 200 : 404, { 'content-type': types[extname(found ? file : '.html')] ?? 'application/octet-stream' });
    response.end(readFileSync(found ? file : join(dist, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
