import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The address the browser tests use; Astro 7 allows one preview per project, so everything shares it. */
export const previewUrl = `http://127.0.0.1:${process.env.E2E_PORT ?? 4329}`;

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Runs `use` against a preview of dist/: the one already listening (a browser-test run, say) or one started
 * here and stopped afterwards.
 */
export async function withPreview<T>(use: (baseUrl: string) => Promise<T>): Promise<T> {
  if (await isUp(`${previewUrl}/`)) return use(previewUrl);
  const { port } = new URL(previewUrl);
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', port], {
    cwd: projectRoot,
    stdio: 'ignore',
    detached: true,
  });
  try {
    const deadline = Date.now() + 60_000;
    while (!(await isUp(`${previewUrl}/`))) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro preview did not start on ${previewUrl}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await use(previewUrl);
  } finally {
    // npx → astro: stop the whole process group this function started.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  }
}
