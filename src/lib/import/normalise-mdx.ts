import { formChanges, type FormChange } from './normalise.ts';

/**
 * Spans of an MDX chapter that are markup, not text: tags with their attributes (a `<Placeholder name>` must
 * keep matching content/company.yaml), except the words of a `title="…"`, which readers see; and code.
 */
function protectedRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const tag of source.matchAll(/<[A-Za-z/][^>]*>/g)) {
    const start = tag.index;
    let from = start;
    for (const title of tag[0].matchAll(/\btitle="([^"]*)"/g)) {
      const valueStart = start + title.index + 'title="'.length;
      ranges.push([from, valueStart]);
      from = valueStart + title[1]!.length;
    }
    ranges.push([from, start + tag[0].length]);
  }
  for (const code of source.matchAll(/```[\s\S]*?```|`[^`\n]*`/g)) ranges.push([code.index, code.index + code[0].length]);
  return ranges;
}

/** The normalisation changes that fall in the text of an MDX chapter (frontmatter values included). */
export function mdxFormChanges(source: string): FormChange[] {
  const ranges = protectedRanges(source);
  return formChanges(source).filter(({ index }) => !ranges.some(([start, end]) => index >= start && index < end));
}

/** An MDX chapter with its text in standard Traditional forms; markup, ids and code untouched. Idempotent. */
export function normaliseMdx(source: string): string {
  const chars = source.split('');
  for (const { index, to } of mdxFormChanges(source)) chars[index] = to;
  return chars.join('');
}
