import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { regulations, regulationSlugs } from './data/regulations.ts';
import { siteConfig } from './data/site.ts';
import { chapterFieldsFor } from './lib/chapter-schema.ts';
import { flowSchemaFor } from './lib/flows/schema.ts';
import { todayIn } from './lib/policy/date.ts';
import { companySchema } from './lib/policy/company.ts';
import { quizBankSchemaFor } from './lib/quiz/schema.ts';
import { quizSettingsSchema } from './lib/quiz/settings.ts';

// HR edits content/ at the top level, apart from code; Starlight reads it through the same glob loader.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: chapterFieldsFor(regulations, todayIn(siteConfig.timeZone)) }),
  }),
  // One question bank per regulation: content/quizzes/{regulation}.yaml.
  quizzes: defineCollection({
    loader: glob({ base: './content/quizzes', pattern: ['*.{yaml,yml,json}', '!settings.yaml'] }),
    schema: quizBankSchemaFor(regulationSlugs),
  }),
  // The training's own rules (pass mark): content/quizzes/settings.yaml.
  quizSettings: defineCollection({
    loader: glob({ base: './content/quizzes', pattern: 'settings.yaml' }),
    schema: quizSettingsSchema,
  }),
  // The company's values for the template placeholders: content/company.yaml, one line per name.
  company: defineCollection({
    loader: glob({ base: './content', pattern: 'company.yaml' }),
    schema: companySchema,
  }),
  // One process flow or org chart per file: content/flows/{id}.yaml, drawn by <FlowDiagram id="…" />.
  flows: defineCollection({
    loader: glob({ base: './content/flows', pattern: '*.yaml' }),
    schema: flowSchemaFor(regulationSlugs),
  }),
  // UI strings per locale (src/content/i18n/zh-TW.json), including Pagefind's, which Starlight lacks for zh-TW.
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
};
