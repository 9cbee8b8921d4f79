import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
 * The JavaScript Starlight itself puts on a docs page (header, search, sidebar, table of contents), measured
 * on a bare Starlight site with this project's Starlight, Astro and settings that shape its scripts. `build`
 * runs `astro build` in the given folder and resolves when it is done.
 */
export async function starlightScripts(projectRoot: string, build: (root: string) => Promise<number>): Promise<ScriptFile[]> {
  // Inside the project, so its node_modules resolve (see syntheticBuild in bench.ts).
  const root = mkdtempSync(join(projectRoot, '.bench-starlight-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    await build(root);
    return pageScripts(join(root, 'dist'), '/chapter/');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
