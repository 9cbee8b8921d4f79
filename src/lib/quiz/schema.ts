import { z } from 'astro/zod';
import { idPattern } from '../clause.ts';
import { regulationField } from '../regulation-field.ts';
import { ruleKeyNames } from '../policy/rule-schema.ts';
import { evaluate, TemplateError } from './template.ts';

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
  /** Indexes into `options`, counted from 0. Either this or `answer`. */
  correct: z
    .array(z.number().int().nonnegative({ message: 'correct 是選項序號（從 0 起算）' }))
    .min(1, { message: 'correct 至少要有一個正確選項' })
    .optional(),
  /**
   * A computed key, for answers that depend on a rule value: for true/false a comparison such as
   * `"{3 <= attendance.freeMinorEventsPerMonth}"` (true → 正確); for single choice the text of the right option,
   * e.g. `"{attendance.freeMinorEventsPerMonth} 次"`.
   */
  answer: z.string().trim().min(1, { message: 'answer（計算的答案）不可空白' }).optional(),
  explanation: z.string().trim().min(1, { message: 'explanation（解說）不可空白' }),
  /** The clause that holds the answer, e.g. c4-1-2; the quiz links to it. */
  source: z.string().regex(idPattern, { message: 'source 必須是條文 id，例如 c4-1-2 或 c3-4-2-i1' }),
});

export const questionSchema = questionFields.superRefine((q, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (new Set(q.options).size !== q.options.length) issue('options', `題目 ${q.id} 有重複的選項`);
  if (q.correct && new Set(q.correct).size !== q.correct.length) issue('correct', `題目 ${q.id} 的 correct 有重複序號`);
  if ((q.correct === undefined) === (q.answer === undefined)) issue('correct', `題目 ${q.id} 要寫 correct（選項序號）或 answer（依規則計算的答案）其中一項`);
  if (q.answer !== undefined && q.type === 'multiple') issue('answer', `題目 ${q.id} 是多選題，請用 correct 寫選項序號`);
  // Formulas may name only rule keys the text marks; each is tried with placeholder values to catch typos.
  const probe = Object.fromEntries(ruleKeyNames.map((key) => [key, 1]));
  for (const [field, texts] of [['prompt', [q.prompt]], ['options', q.options], ['explanation', [q.explanation]], ['answer', [q.answer ?? '']]] as const) {
    for (const text of texts) {
      for (const [, expr] of text.matchAll(/\{([^{}]*)\}/g)) {
        try {
          evaluate(expr!, probe);
        } catch (error) {
          if (!(error instanceof TemplateError)) throw error;
          issue(field, `題目 ${q.id} 的 ${field}：${error.message}`);
        }
      }
    }
  }
  for (const index of q.correct ?? []) {
    if (index >= q.options.length) issue('correct', `題目 ${q.id} 的 correct 序號 ${index} 超出選項範圍（0–${q.options.length - 1}）`);
  }
  if (q.type !== 'multiple' && q.correct && q.correct.length !== 1) issue('correct', `題目 ${q.id} 是單選或是非題，只能有一個正確選項`);
  if (q.type === 'truefalse' && q.options.join('|') !== trueFalseOptions.join('|')) {
    issue('options', `是非題 ${q.id} 的選項必須是 [${trueFalseOptions.join(', ')}]`);
  }
});

const anyRegulation = z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'regulation 必須是規章資料夾名稱，例如 commercial-operations' });

const buildQuizBankSchema = (regulationSlugs?: readonly string[]) => z
  .object({
    regulation: regulationField(regulationSlugs, anyRegulation),
    questions: z.array(questionSchema).min(1, { message: '題庫至少要有一題' }),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((q, index) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `題目 id 重複：${q.id}` });
      seen.add(q.id);
    });
  });

/** One question bank file, content/quizzes/{regulation}.yaml, any regulation slug accepted. */
export const quizBankSchema = buildQuizBankSchema();

/** The schema of content/quizzes/{regulation}.yaml for a site with these regulations. */
export const quizBankSchemaFor = (regulationSlugs: readonly string[]) => buildQuizBankSchema(regulationSlugs);

/** A question as written in the bank file, formulas and computed key unresolved. */
export type QuestionSource = z.infer<typeof questionSchema>;
export type QuizBankSource = z.infer<typeof quizBankSchema>;
/** A question with its rule values filled in and its key resolved (src/lib/quiz/resolve.ts): what trainees see. */
export type Question = Omit<QuestionSource, 'correct' | 'answer'> & { correct: number[] };
export type QuestionType = Question['type'];
export type QuizBank = Omit<QuizBankSource, 'questions'> & { questions: Question[] };
