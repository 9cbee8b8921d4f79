import type { Question } from './schema.ts';
import { seededRandom, shuffled, shuffleOptions } from './shuffle.ts';

/** No option position may hold more than this share of a quiz's right answers as first shown. */
export const maxAnswerShare = 0.4;

/** Candidate orders tried per question; plenty to spread the right answers over 4–6 positions. */
const candidates = 24;

/** FNV-1a of the question id: a stable seed, so the same bank builds the same order every time. */
export function idSeed(id: string, salt = 0): number {
  let hash = 0x811c9dc5 ^ salt;
  for (const char of id) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** How many right answers sit at each option position (0 = first shown) across the questions. */
export function answerPositions(questions: readonly Pick<Question, 'correct'>[]): number[] {
  const counts: number[] = [];
  for (const q of questions) for (const index of q.correct) counts[index] = (counts[index] ?? 0) + 1;
  return Array.from(counts, (count) => count ?? 0);
}

/** The largest share of the right answers any one position holds (0 for no questions). */
export function largestAnswerShare(questions: readonly Pick<Question, 'correct'>[]): number {
  const counts = answerPositions(questions);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return total === 0 ? 0 : Math.max(...counts) / total;
}

/**
 * Options put in an order seeded by each question's id (and `salt`, so a retry differs), keeping the right
 * answers spread over the positions: of a few seeded candidate orders per question, the one that adds least to
 * the positions already holding most right answers wins. Deterministic, so the server render, the hydrated
 * island and every rebuild show the same order. True/false questions keep 正確 before 錯誤.
 */
export function orderOptions<Q extends Question>(questions: readonly Q[], salt = 0): Q[] {
  const counts: number[] = [];
  const load = (correct: readonly number[]) => {
    const next = [...counts];
    for (const index of correct) next[index] = (next[index] ?? 0) + 1;
    const filled = Array.from(next, (n) => n ?? 0);
    // Lowest peak first, then the flattest spread.
    return Math.max(...filled) * 1e6 + filled.reduce((sum, n) => sum + n * n, 0);
  };
  return questions.map((question) => {
    let best = question;
    if (question.type !== 'truefalse') {
      let bestLoad = Infinity;
      for (let k = 0; k < candidates; k += 1) {
        const candidate = shuffleOptions(question, seededRandom(idSeed(question.id, salt) + k));
        const cost = load(candidate.correct);
        if (cost < bestLoad) [best, bestLoad] = [candidate, cost];
      }
    }
    for (const index of best.correct) counts[index] = (counts[index] ?? 0) + 1;
    return best;
  });
}

/**
 * The questions a round shows: as given when `seed` is undefined (the build already ordered the options),
 * otherwise questions shuffled by the seed and options reordered with it, still spread. `size` keeps only the
 * first questions (the mixed test draws 20).
 */
export function arrangeQuiz<Q extends Question>(questions: readonly Q[], seed?: number, size?: number): Q[] {
  const chosen = seed === undefined ? [...questions] : shuffled(questions, seededRandom(seed));
  const kept = size === undefined ? chosen : chosen.slice(0, size);
  return seed === undefined ? kept : orderOptions(kept, seed);
}
