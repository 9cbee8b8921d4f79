import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { chapterFields } from './lib/chapter-schema.ts';

// HR edits content/ at the top level, apart from code; Starlight reads it through the same glob loader.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: chapterFields }),
  }),
};
