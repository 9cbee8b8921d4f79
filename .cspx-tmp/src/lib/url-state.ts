/**
 * Calculator inputs kept in the URL query so a case can be shared or bookmarked.
 * Values are the raw strings the user typed; parsing stays with the calculator.
 */
export type FieldValues = Record<string, string>;

/** Read the known `keys` from a query string; unknown keys are ignored, missing ones default to ''. */
export function readFieldValues(search: string, keys: readonly string[], defaults: FieldValues = {}): FieldValues {
  const params = new URLSearchParams(search);
  const values: FieldValues = {};
  for (const key of keys) values[key] = params.get(key) ?? defaults[key] ?? '';
  return values;
}

/** Merge `values` into an existing query string, dropping empty ones; returns '' or '?…'. */
export function writeFieldValues(search: string, values: FieldValues): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(values)) {
    if (value.trim() === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
