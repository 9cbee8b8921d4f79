import { z } from 'astro/zod';
import { regulations, regulationSlugs } from '../data/regulations.ts';
import { siteConfig } from '../data/site.ts';
import { todayIn } from './policy/date.ts';
import { pagePolicyIssues, policyFields } from './policy/schema.ts';

/**
 * Fields every regulation page carries on top of Starlight's own. Kept apart from content.config.ts so tests
 * can validate fixture files without Astro's runtime.
 */
export const chapterFields = z.object({
  /** Which regulation a page belongs to; absent on site pages such as the home page or the training hub. */
  regulation: z
    .enum(regulationSlugs as [string, ...string[]], {
      message: `regulation 必須是 ${regulationSlugs.join(' / ')} 之一`,
    })
    .optional(),
  /** Position within its regulation: 0 for the overview, then the section number. */
  order: z.number().int().nonnegative(),
  /** Policy metadata (version, 生效日期, changelog …): required on a regulation's overview, absent elsewhere. */
  ...policyFields.shape,
}).superRefine((page, ctx) => {
  const policyId = regulations.find((r) => r.slug === page.regulation)?.policyId;
  for (const issue of pagePolicyIssues(page, todayIn(siteConfig.timeZone), policyId)) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});

export type ChapterFields = z.infer<typeof chapterFields>;
