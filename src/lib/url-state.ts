/**
 * Calculator inputs kept in the URL query so a case can be shared or bookmarked. Values are the raw strings the
 * user typed; parsing stays with the calculator. A link carries exactly what was on screen and fills only what
 * it names: once a query names any of a calculator's keys, every key it does not name is empty.
 */
export type FieldValues = Record<string, string>;

/**
 * The fields a query gives: `initial` when it names none of `keys` (nothing shared: the page's own start), else
 * each named key's value and '' for the rest, except `kept` keys (e.g. 試算月份), which fall back to `initial`.
 */
export function readUrlState(
  search: string,
  keys: readonly string[],
  initial: FieldValues,
  kept: readonly string[] = [],
): FieldValues {
  const params = new URLSearchParams(search);
  if (!keys.some((key) => params.has(key))) return { ...initial };
  const values: FieldValues = {};
  for (const key of keys) values[key] = params.get(key) ?? (kept.includes(key) ? (initial[key] ?? '') : '');
  return values;
}

/**
 * Merge `values` into a query string, so that readUrlState gives them back: nothing when they equal `initial`,
 * else every non-empty value, and an explicit `key=` for a field cleared from a non-empty start (without it the
 * recipient would see the start again, such as the worked example's 20). Other keys in the query are kept.
 * Returns '' or '?…'.
 */
export function writeUrlState(search: string, values: FieldValues, initial: FieldValues): string {
  const params = new URLSearchParams(search);
  const keys = Object.keys(values);
  const unchanged = keys.every((key) => values[key] === (initial[key] ?? ''));
  for (const key of keys) {
    const value = values[key]!;
    if (unchanged || (value.trim() === '' && (initial[key] ?? '').trim() === '')) params.delete(key);
    else params.set(key, value.trim() === '' ? '' : value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
