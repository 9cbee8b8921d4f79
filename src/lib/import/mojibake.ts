/** Spans the scrape garbled, with the text they stand for (the table is src/data/mojibake.ts). */
export type MojibakeRepairs = ReadonlyArray<readonly [garbled: string, intended: string]>;

/** Replace the known garbled spans with their intended text. */
export function repairMojibake(text: string, repairs: MojibakeRepairs): string {
  return repairs.reduce((result, [garbled, intended]) => result.split(garbled).join(intended), text);
}

/**
 * Characters that only appear in damaged text: U+FFFD, private-use code points, and a `?` wedged between
 * CJK characters or full stops. Returns the offending snippets (empty when clean).
 */
export function findMojibake(text: string): string[] {
  const suspicious = /[\ufffd\ue000-\uf8ff]|(?<=[\u3400-\u9fff，。,;；])\?+|\?(?=[\u3400-\u9fff])/g;
  return [...text.matchAll(suspicious)].map((m) => text.slice(Math.max(0, m.index - 6), m.index + 6));
}
