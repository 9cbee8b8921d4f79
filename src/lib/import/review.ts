import { formChanges } from './normalise.ts';

/** Characters of context on each side of a changed span in the review list. */
const context = 4;

/**
 * The review list of what normalisation changes in one text: one tab-separated row per changed span (changes
 * closer than the context merge), `name`, line, before, after, each span shown with its context.
 */
export function reviewRows(name: string, text: string): string[] {
  const rows: string[] = [];
  const changes = formChanges(text);
  let i = 0;
  while (i < changes.length) {
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.index - changes[j]!.index <= context) j += 1;
    const start = Math.max(0, changes[i]!.index - context);
    const end = Math.min(text.length, changes[j]!.index + 1 + context);
    const before = text.slice(start, end);
    const after = [...before].map((ch, k) => changes.slice(i, j + 1).find((c) => c.index === start + k)?.to ?? ch).join('');
    const line = text.slice(0, changes[i]!.index).split('\n').length;
    rows.push([name, line, before, after].map((cell) => String(cell).replace(/\s+/g, ' ')).join('\t'));
    i = j + 1;
  }
  return rows;
}

export const reviewHeader = 'seed\tline\tbefore\tafter';
