// zod/mini: the same schemas at a fraction of the bytes, since this module ships to the browser. Pages load it on
// demand (reading or saving progress), so the schema library is never part of a page's first download.
import * as z from 'zod/mini';

// This module runs in the browser, where the site's Content-Security-Policy forbids eval: without this, zod
// probes `new Function` to compile its parsers, which the browser reports as a CSP violation.
z.config({ jitless: true });

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
