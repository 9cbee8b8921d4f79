import type { Question } from './schema.ts';

/** mulberry32: a tiny seeded generator, so the server and the browser draw the same order from the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Reorder the options and move the answer key with them; 正確/錯誤 keep their order. */
export function shuffleOptions<Q extends Question>(question: Q, random: () => number): Q {
  if (question.type === 'truefalse') return question;
  const order = shuffled(question.options.map((_, index) => index), random);
  return {
    ...question,
    options: order.map((index) => question.options[index]),
    correct: order.flatMap((original, index) => (question.correct.includes(original) ? [index] : [])),
  };
}
