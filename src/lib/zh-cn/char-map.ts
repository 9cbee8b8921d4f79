/** A character-by-character conversion table (characterMap in convert.ts builds it); dependency-free for the browser. */
export type CharMap = Readonly<Record<string, string>>;

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/g;

export const convertWith = (map: CharMap, text: string) => text.replace(cjk, (c) => map[c] ?? c);
