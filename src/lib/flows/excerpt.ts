/** The chapters mix character variants (批準/批准, 后/後, 采購/採購); compare them as one. */
const variants: Record<string, string> = { 準: '准', 后: '後', 采: '採', 咨: '諮', 并: '並', 于: '於', 里: '裡', 制: '製' };
const fold = (s: string) => s.replace(/[準后采咨并于里制]/g, (c) => variants[c]!);

function bigrams(text: string): Set<string> {
  const chars = [...fold(text).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
}

export interface Excerpt {
  before: string;
  /** The sentence that describes the step best; empty when none shares a word with it. */
  focus: string;
  after: string;
}

/**
 * Splits a clause's text around the sentence that shares most two-character words with the step's label, so a
 * step drawn from a long clause points at its own sentence. Ties go to the later sentence: clauses narrate in
 * order and a later step repeats earlier words (「修改完善，形成正式的年度運營計劃」).
 */
export function excerptFor(text: string, label: string): Excerpt {
  const sentences = text.match(/[^。；！？]+[。；！？]?/gu) ?? [];
  const words = bigrams(label);
  let best = -1;
  let bestScore = 0;
  sentences.forEach((sentence, i) => {
    const own = bigrams(sentence);
    const score = [...words].filter((w) => own.has(w)).length;
    if (score > 0 && score >= bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return { before: text, focus: '', after: '' };
  return { before: sentences.slice(0, best).join(''), focus: sentences[best]!, after: sentences.slice(best + 1).join('') };
}

/**
 * An org unit's share of a clause: from 「{label}：」 up to the next listed unit when the clause describes several
 * (各專業職能小組職責), else the whole clause, which is then all about that unit.
 */
export function unitExcerpt(text: string, label: string, others: string[]): Excerpt {
  const start = text.indexOf(`${label}：`);
  if (start < 0) return { before: '', focus: text, after: '' };
  const ends = others.map((o) => text.indexOf(`${o}：`, start + 1)).filter((i) => i > start);
  const end = ends.length ? Math.min(...ends) : text.length;
  return { before: text.slice(0, start), focus: text.slice(start, end), after: text.slice(end) };
}
