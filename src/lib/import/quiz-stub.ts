import { parseClauses } from '../policy/clauses.ts';
import type { ChapterFile } from './mdx.ts';

/**
 * A new regulation's question bank (content/quizzes/{slug}.yaml): one placeholder question on its first clause,
 * valid against quiz/schema.ts so the site builds, for HR to replace before the regulation leaves 草案.
 */
export function quizStub(slug: string, title: string, chapters: readonly ChapterFile[]): { path: string; content: string } {
  const first = chapters
    .filter((file) => /\/s\d+\.mdx$/.test(file.path))
    .flatMap((file) => parseClauses(file.content))
    .find((clause) => clause.kind !== 'item');
  if (!first) throw new Error('匯入結果沒有任何條文或節，無法建立培訓測驗題庫');
  const q = JSON.stringify;
  const lines = [
    `# 題庫：${title}（草案：以下是匯入時產生的範例題，請改寫並補足題目，寫法見其他規章的題庫）`,
    '# 每題欄位：id、type（single / multiple / truefalse）、prompt、options、correct（從 0 起算）、explanation、source（條文 id）。',
    `regulation: ${slug}`,
    'questions:',
    `  - id: ${slug}-draft-1`,
    '    type: truefalse',
    `    prompt: ${q(`《${title}》目前是草案，本測驗的題目仍待人資撰寫。`)}`,
    '    options: [正確, 錯誤]',
    '    correct: [0]',
    `    explanation: ${q(`《${title}》以草案發布，正式題目會在生效前補上；答案所在的條文見下方連結。`)}`,
    `    source: ${first.id}`,
  ];
  return { path: `${slug}.yaml`, content: `${lines.join('\n')}\n` };
}
