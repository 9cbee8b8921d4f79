import { characterMap, toSimplified } from './convert.ts';

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * What the browser needs to bridge the two scripts without shipping OpenCC:
 * - `query`: turns a search query typed in the other script into this edition's script. On the Traditional
 *   edition it maps Simplified back to the Traditional characters the text actually uses (旷 → 曠), which is
 *   more exact than a generic Simplified → Traditional conversion (发 could be 發 or 髮).
 * - `ui`: on the Simplified edition, the characters of the islands' own strings, converted after they render.
 */
export function editionMaps(corpus: string, uiText: string, simplified: boolean) {
  if (simplified) return { query: characterMap(corpus, toSimplified), ui: characterMap(uiText, toSimplified) };
  const query: Record<string, string> = {};
  for (const char of new Set(corpus.match(cjk) ?? [])) {
    const simple = toSimplified(char);
    if (simple !== char && simple.length === 1) query[simple] = char;
  }
  return { query, ui: {} };
}
