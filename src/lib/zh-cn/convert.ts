import * as OpenCC from 'opencc-js';

/**
 * The regulations are mainland writing set in Traditional characters (規范, 采購, 線上線下), with Taiwan character
 * variants in places (the particle 著 in 接著, 隨著). OpenCC's Taiwan-variant → mainland Simplified ('tw' → 'cn')
 * turns those variants into mainland forms (接着, 随着, while 著名 stays) without the Taiwan phrase table ('twp'),
 * which would turn mainland terms into Taiwan ones (線上 → 在线).
 */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** For search queries typed in Simplified on the Traditional edition. */
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 't' });

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** The characters of `text` that `convert` changes, as a compact map for the browser (no OpenCC there). */
export function characterMap(text: string, convert: (text: string) => string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const char of new Set(text.match(cjk) ?? [])) {
    const converted = convert(char);
    if (converted !== char && converted.length === 1) map[char] = converted;
  }
  return map;
}
