import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { chapterFields } from './lib/chapter-schema.ts';

// HR edits content/ at the top level, apart from code; Starlight reads it through the same glob loader.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: chapterFields }),
  }),
  // UI strings per locale (src/content/i18n/zh-TW.json), including Pagefind's, which Starlight lacks for zh-TW.
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
};
