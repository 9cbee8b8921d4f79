/**
 * New template placeholders (`[名稱]`) of an imported regulation become entries of src/data/company.ts, still
 * open (null), so the site builds and the 待補資料 page lists them: nobody has to add them by hand. Pure text
 * edit of that file's two objects, appending and never reordering, so HR's filled-in values stay as they are.
 */
const key = (name: string) => (/^[\p{L}\p{N}_$]+$/u.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

function appendTo(source: string, opening: string, lines: string[]): string {
  const start = source.indexOf(opening);
  if (start < 0) throw new Error(`src/data/company.ts：找不到「${opening}」，無法加入新的公司資料項目`);
  const end = source.indexOf('\n});', start);
  if (end < 0) throw new Error(`src/data/company.ts：「${opening}」沒有以 }); 結束`);
  return `${source.slice(0, end)}\n${lines.join('\n')}${source.slice(end)}`;
}

/** company.ts with `names` added (those it lacks), noting which regulation brought them. */
export function addCompanyKeys(source: string, names: readonly string[], known: readonly string[], regulationTitle: string): string {
  const added = [...new Set(names)].filter((name) => !known.includes(name));
  if (added.length === 0) return source;
  const schema = [`  /** ${regulationTitle}（匯入時加入）. */`, ...added.map((name) => `  ${key(name)}: value,`)];
  const values = added.map((name) => `  ${key(name)}: null,`);
  return appendTo(appendTo(source, 'export const companySchema = z.strictObject({', schema), 'companySchema.parse({', values);
}

/** Placeholder names in rendered chapter MDX, in order of first use. */
export function placeholderNames(mdx: readonly string[]): string[] {
  const names = mdx.flatMap((text) => [...text.matchAll(/<Placeholder\s+name="([^"]*)"\s*\/>/g)].map((m) => m[1]!.replaceAll('&quot;', '"')));
  return [...new Set(names)];
}
