// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { regulations } from './src/data/regulations.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingFeatures, subsectionIds } from './src/lib/subsection-ids.ts';
import { siteConfig } from './src/data/site.ts';
import { linksValidator } from './src/starlight/links-validator.ts';
import { contentSecurityPolicy } from './src/config/csp.ts';
import { cspCheck } from './src/config/csp-check.ts';
import { interactionDirective } from './src/config/interaction.ts';
import { offline } from './src/offline/integration.ts';

export default defineConfig({
  site: siteConfig.url,
  markdown: { processor: satteri({ features: headingFeatures, hastPlugins: [subsectionIds] }) },
  // Hash-based Content-Security-Policy in every page's <meta>; see src/config/csp.ts.
  security: { csp: contentSecurityPolicy },
  // Stylesheets as files: Astro does not hash <style> blocks that MDX components bring, and 'self' covers files.
  build: { inlineStylesheets: 'never' },
  // Starlight turns on prefetching every link on hover: a listener on each link and a scan of the page after any
  // change, on every page load. The service worker already holds every Traditional page, so it is off.
  prefetch: false,
  integrations: [
    starlight({
      title: '運營管理制度',
      description: '公司運營管理制度全文、試算工具、流程圖與培訓測驗。',
      defaultLocale: 'root',
      // zh-cn is generated from the Traditional source at build time (src/middleware.ts); no page is kept twice.
      locales: { root: { label: '繁體中文', lang: 'zh-TW' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
      // Dates come from git (src/starlight/git-dates.ts fills them in for content/docs); CI needs full history.
      lastUpdated: true,
      editLink: { baseUrl: siteConfig.editBaseUrl },
      head: [
        { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: '運營管理制度：最新修訂', href: '/updates.xml' } },
        // Installable and readable offline: src/offline/integration.ts draws the icons and writes /sw.js.
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
      ],
      routeMiddleware: './src/starlight/route-data.ts',
      plugins: [linksValidator()],
      sidebar: [
        { label: '首頁', link: '/' },
        { label: '培訓中心', link: '/training/' },
        { label: '最新修訂', link: '/updates/' },
        ...regulations.map((regulation) => ({
          label: regulation.title,
          // Starlight resolves autogenerate paths against src/content/docs; ours live at content/docs.
          items: [{ autogenerate: { directory: `content/docs/${regulation.slug}` } }],
        })),
      ],
      customCss: ['./src/styles/custom.css', './src/styles/print.css', './src/styles/offline.css'],
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        FallbackContentNotice: './src/components/starlight/FallbackContentNotice.astro',
        Footer: './src/components/starlight/Footer.astro',
        Search: './src/components/starlight/Search.astro',
        SkipLink: './src/components/starlight/SkipLink.astro',
        TableOfContents: './src/components/starlight/TableOfContents.astro',
      },
    }),
    mdx(),
    // Preact's Babel pass only for the islands: MDX chapters compile to Astro's JSX and need none (build time).
    preact({ include: ['**/src/components/**/*.tsx'] }),
    interactionDirective(),
    cspCheck(),
    // Last, after Starlight's Pagefind index is written.
    offline(),
  ],
});
