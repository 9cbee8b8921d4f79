// zod/mini: the same schemas at a fraction of the bytes, since this module ships to the browser.
import * as z from 'zod/mini';
import { passes, percentOf } from './score.ts';

// This module runs in the browser, where the site's Content-Security-Policy forbids eval: without this, zod
// probes `new Function` to compile its parsers, which the browser reports as a CSP violation.
z.config({ jitless: true });

/** Bump the version when the stored shape changes; data under an older key is simply not read. */
export const progressKey = 'policy-quiz:v1';
/** Fired on window after progress is saved, so other islands on the page can refresh. */
export const progressEvent = 'policy-quiz:progress';

const resultSchema = z
  .object({
    /** The best attempt so far. */
    correct: z.int().check(z.nonnegative()),
    total: z.int().check(z.positive()),
    /** Local date of the best attempt, YYYY-MM-DD. */
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    attempts: z.int().check(z.positive()),
  })
  .check(z.refine((r) => r.correct <= r.total));

const progressSchema = z.object({
  version: z.literal(1),
  /** Keyed by quiz id: a regulation slug or `mixed`. */
  results: z.record(z.string(), resultSchema),
});

export type QuizResult = z.infer<typeof resultSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ version: 1, results: {} });

export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** The stored progress, or undefined when the text is not valid progress (tampered, truncated, other version). */
export function decodeProgress(text: string): Progress | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = progressSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Count one attempt; the better score (ties: the later one) becomes the quiz's best. */
export function recordAttempt(progress: Progress, quizId: string, score: { correct: number; total: number }, date: string): Progress {
  const previous = progress.results[quizId];
  const attempts = (previous?.attempts ?? 0) + 1;
  const better = !previous || score.correct * previous.total >= previous.correct * score.total;
  const best = better ? { correct: score.correct, total: score.total, date } : previous;
  return { ...progress, results: { ...progress.results, [quizId]: { ...best, attempts } } };
}

/** Percent and pass status of a stored result, by the same rule as the quiz itself. */
export function resultSummary(result: QuizResult, passPercent: number): { percent: number; passed: boolean } {
  return { percent: percentOf(result.correct, result.total), passed: passes(result.correct, result.total, passPercent) };
}

/** YYYY-MM-DD in the trainee's own time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
