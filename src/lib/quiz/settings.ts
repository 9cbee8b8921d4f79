import { z } from 'astro/zod';

/**
 * content/quizzes/settings.yaml: the training's own rules, which HR sets. The pass mark is the site's rule for
 * its training, not something the regulations say, so the pages say so wherever they show it.
 */
export const quizSettingsSchema = z.object({
  /** Share of right answers needed to pass a quiz, in whole percent. */
  passPercent: z
    .number({ message: 'passPercent（及格標準）必須是數字，例如 80' })
    .int({ message: 'passPercent（及格標準）必須是整數百分比，例如 80' })
    .min(1, { message: 'passPercent（及格標準）至少為 1' })
    .max(100, { message: 'passPercent（及格標準）最多為 100' }),
});

export type QuizSettings = z.infer<typeof quizSettingsSchema>;
