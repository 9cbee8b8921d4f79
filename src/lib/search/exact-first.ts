/**
 * Exact phrase first. Pagefind splits a Chinese query into words (崗位調整 → 崗位 + 調整) and ranks pages by those
 * words alone, so a page that only holds the parts can outrank the one clause with the term. The search box
 * therefore also asks Pagefind for the exact phrase (its quoted search) and lists those pages first.
 */

/** The exact-phrase query for a term typed as one unit (two or more characters, no spaces or quotes). */
export function phraseQuery(term: string): string | undefined {
  const unit = term.trim();
  if ([...unit].length < 2 || /[\s"“”「」]/.test(unit)) return undefined;
  return `"${unit}"`;
}

/**
 * The plain search's results with the exact-phrase hits moved to the top, each group keeping Pagefind's order;
 * an exact hit the plain search somehow missed is kept too, so reordering never loses a page.
 */
export function exactFirst<T extends { id: string }>(plain: readonly T[], exact: readonly T[]): T[] {
  const exactIds = new Set(exact.map((result) => result.id));
  const plainIds = new Set(plain.map((result) => result.id));
  return [
    ...plain.filter((result) => exactIds.has(result.id)),
    ...exact.filter((result) => !plainIds.has(result.id)),
    ...plain.filter((result) => !exactIds.has(result.id)),
  ];
}
