// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { regulations } from './src/data/regulations.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { contentSecurityPolicy } from './src/config/csp.ts';
import { subsectionIds } from './src/lib/subsection-ids.ts';

export default defineConfig({
  site: 'https://policy.example.com',
  security: { csp: contentSecurityPolicy },
  markdown: { processor: satteri({ hastPlugins: [subsectionIds] }) },
  integrations: [
    starlight({
      title: '運營管理制度',
      description: '公司運營管理制度全文、試算工具、流程圖與培訓測驗。',
      defaultLocale: 'root',
      locales: { root: { label: '繁體中文', lang: 'zh-TW' } },
      sidebar: [
        { label: '首頁', link: '/' },
        ...regulations.map((regulation) => ({
          label: regulation.title,
          // Starlight resolves autogenerate paths against src/content/docs; ours live at content/docs.
          items: [{ autogenerate: { directory: `content/docs/${regulation.slug}` } }],
        })),
      ],
      customCss: ['./src/styles/custom.css'],
      components: {},
    }),
    mdx(),
    preact(),
  ],
});
