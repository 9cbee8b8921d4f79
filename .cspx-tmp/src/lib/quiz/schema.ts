import { z } from 'astro/zod';
import { regulationSlugs, type RegulationSlug } from '../../data/regulations.ts';
import { idPattern } from '../clause.ts';

/** A true/false question offers exactly these two options, in this order. */
export const trueFalseOptions = ['正確', '錯誤'] as const;

const questionFields = z.object({
  /** Stable across edits: progress and links refer to it. Lower-case words joined by `-`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id 只能用小寫英文字母、數字與 -，例如 comm-late-15min' }),
  type: z.enum(['single', 'multiple', 'truefalse'], { message: 'type 必須是 single（單選）、multiple（多選）或 truefalse（是非）' }),
  prompt: z.string().trim().min(1, { message: 'prompt（題目）不可空白' }),
  options: z
    .array(z.string().trim().min(1, { message: '選項不可空白' }))
    .min(2, { message: '每題至少要有 2 個選項' })
    .max(6, { message: '每題最多 6 個選項' }),
  /** Indexes into `options`, counted from 0. */
  correct: z
    .array(z.number().int().nonnegative({ message: 'correct 是選項序號（從 0 起算）' }))
    .min(1, { message: 'correct 至少要有一個正確選項' }),
  explanation: z.string().trim().min(1, { message: 'explanation（解說）不可空白' }),
  /** The clause that holds the answer, e.g. c4-1-2; the quiz links to it. */
  source: z.string().regex(idPattern, { message: 'source 必須是條文 id，例如 c4-1-2 或 c3-4-2-i1' }),
});

export const questionSchema = questionFields.superRefine((q, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (new Set(q.options).size !== q.options.length) issue('options', `題目 ${q.id} 有重複的選項`);
  if (new Set(q.correct).size !== q.correct.length) issue('correct', `題目 ${q.id} 的 correct 有重複序號`);
  for (const index of q.correct) {
    if (index >= q.options.length) issue('correct', `題目 ${q.id} 的 correct 序號 ${index} 超出選項範圍（0–${q.options.length - 1}）`);
  }
  if (q.type !== 'multiple' && q.correct.length !== 1) issue('correct', `題目 ${q.id} 是單選或是非題，只能有一個正確選項`);
  if (q.type === 'truefalse' && q.options.join('|') !== trueFalseOptions.join('|')) {
    issue('options', `是非題 ${q.id} 的選項必須是 [${trueFalseOptions.join(', ')}]`);
  }
});

/** One question bank file: content/quizzes/{regulation}.yaml. */
export const quizBankSchema = z
  .object({
    regulation: z.enum(regulationSlugs as [RegulationSlug, ...RegulationSlug[]], {
      message: `regulation 必須是 ${regulationSlugs.join(' / ')} 之一`,
    }),
    questions: z.array(questionSchema).min(1, { message: '題庫至少要有一題' }),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((q, index) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `題目 id 重複：${q.id}` });
      seen.add(q.id);
    });
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuizBank = z.infer<typeof quizBankSchema>;
