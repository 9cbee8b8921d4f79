import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageScripts, type ScriptFile } from './page-js.ts';

const files: Record<string, string> = {
  // Astro finds the packages to compile (Starlight's .astro files) through the dependencies listed here.
  'package.json': JSON.stringify({
    name: 'starlight-baseline',
    private: true,
    type: 'module',
    dependencies: { astro: '*', '@astrojs/starlight': '*' },
  }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: '運營管理制度', defaultLocale: 'root', locales: { root: { label: '繁體中文', lang: 'zh-TW' } } })],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.md': '---\ntitle: 首頁\n---\n\n首頁。\n',
  'src/content/docs/chapter.md': '---\ntitle: 章節\n---\n\n## 一\n\n內容。\n\n## 二\n\n內容。\n',
};

/**
 * Builds a bare Starlight site (this project's Starlight, Astro and settings that shape its pages: title, locale)
 * with a home page and one chapter at /chapter/, hands its dist/ to `use`, and removes it afterwards. `build` runs
 * `astro build` in the given folder and resolves when it is done.
 */
export async function withBareStarlight<T>(
  projectRoot: string,
  build: (root: string) => Promise<number>,
  use: (dist: string) => Promise<T> | T,
): Promise<T> {
  // Inside the project, so its node_modules resolve (see syntheticBuild in bench.ts).
  const root = mkdtempSync(join(projectRoot, '.bench-starlight-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    await build(root);
    return await use(join(root, 'dist'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The JavaScript Starlight itself puts on a docs page (header, search, sidebar, table of contents). */
export const starlightScripts = (projectRoot: string, build: (root: string) => Promise<number>): Promise<ScriptFile[]> =>
  withBareStarlight(projectRoot, build, (dist) => pageScripts(dist, '/chapter/'));

/** A chapter of the synthetic site: where it goes under content/docs, its title and its MDX body. */
export interface SyntheticChapter {
  path: string;
  title: string;
  mdx: string;
}

/** The chapter's text as plain Markdown, for a site without our MDX components: imports and tags dropped. */
export function plainMarkdown(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Z][\w.]*\b[^>]*>/g, '')
    .replace(/\s*\{#[\w-]+\}/g, '');
}

/**
 * Builds a bare Starlight site (default settings: one locale, Pagefind on) holding the same chapters as plain
 * Markdown, the yardstick for our build cost per page. Returns the build time and the pages built.
 */
export async function bareStarlightBuild(
  projectRoot: string,
  build: (root: string) => Promise<number>,
  chapters: readonly SyntheticChapter[],
): Promise<{ ms: number; pages: number }> {
  const root = mkdtempSync(join(projectRoot, '.bench-starlight-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    for (const chapter of chapters) {
      const file = join(root, 'src/content/docs', chapter.path.replace(/\.mdx$/, '.md'));
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, `---\ntitle: ${JSON.stringify(chapter.title)}\n---\n${plainMarkdown(chapter.mdx)}`);
    }
    const ms = await build(root);
    const pages = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
    return { ms, pages };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
