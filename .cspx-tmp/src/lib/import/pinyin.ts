/** A pinyin annotation the scrape put after a character: `規(guī)范` → `規范`. Lower-case letters, tone marks, ü. */
const pinyinAnnotation = /(?<=[\u3400-\u9fff\uf900-\ufaff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)/g;

export function removePinyin(text: string): string {
  return text.replace(pinyinAnnotation, '');
}

/** Count of annotations left in a text; content tests use it to prove chapters are clean. */
export function countPinyin(text: string): number {
  return text.match(pinyinAnnotation)?.length ?? 0;
}
