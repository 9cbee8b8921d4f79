import { z } from 'astro/zod';
import { idPattern } from './policy/anchors.ts';
import { pagePolicyIssues, policyFields } from './policy/schema.ts';

const clauseIdText = (field: string) =>
  z.string({ error: `removedClauses 的 ${field} 必須是條文編號，例如 "c4-1-3"` }).regex(idPattern, {
    error: (issue) => `removedClauses 的 ${field}「${String(issue.input)}」不是條文編號，格式為 c{章}-{節}-{條}，例如 "c4-1-3"`,
  });

/** `removedClauses: [{ id: "c4-1-3", successor: "c4-1-2-1" }]`: where a removed clause's old link sends readers. */
export const removedClausesSchema = z.array(
  z.strictObject(
    { id: clauseIdText('id'), successor: clauseIdText('successor').optional() },
    { error: 'removedClauses 的每一筆寫成 { id: "已刪除的編號", successor: "取代它的編號" }' },
  ),
);

/** What the page checks need to know about a regulation (src/data/regulations.ts reads them from content). */
export interface RegulationRef {
  slug: string;
  policyId: string;
}

/**
 * Fields every regulation page carries on top of Starlight's own, for a site with these regulations, checked as
 * of `today` (YYYY-MM-DD in the company's time zone). Kept apart from content.config.ts so tests can validate
 * fixture files without Astro's runtime.
 */
export const chapterFieldsFor = (regulations: readonly RegulationRef[], today: string) => {
  const regulationSlugs = regulations.map((r) => r.slug);
  return z.object({
    /** Which regulation a page belongs to; absent on site pages such as the home page or the training hub. */
    regulation: z
      .enum(regulationSlugs as [string, ...string[]], {
        message: `regulation 必須是 ${regulationSlugs.join(' / ')} 之一`,
      })
      .optional(),
    /** Position within its regulation: 0 for the overview, then the section number. */
    order: z.number().int().nonnegative(),
    /** On a section page: clauses removed from it, each with the clause that takes its place (see id-history.ts). */
    removedClauses: removedClausesSchema.optional(),
    /** Policy metadata (version, 生效日期, changelog …): required on a regulation's overview, absent elsewhere. */
    ...policyFields.shape,
  }).superRefine((page, ctx) => {
    const policyId = regulations.find((r) => r.slug === page.regulation)?.policyId;
    for (const issue of pagePolicyIssues(page, today, policyId)) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
  });
};

export type ChapterFields = z.infer<ReturnType<typeof chapterFieldsFor>>;
