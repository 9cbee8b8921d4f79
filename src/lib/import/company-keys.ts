import { parse, stringify } from 'yaml';

/**
 * New template placeholders (`[名稱]`) of an imported regulation become entries of content/company.yaml, still
 * open (null), so the site builds and the 待補資料 page lists them: nobody has to add them by hand. A pure text
 * append under a comment naming the regulation, so HR's filled-in values and comments stay as they are.
 */
export function addCompanyKeys(source: string, names: readonly string[], regulationTitle: string): string {
  let known: string[];
  try {
    known = Object.keys((parse(source) as Record<string, unknown> | null) ?? {});
  } catch (error) {
    throw new Error(`content/company.yaml 無法讀取，請先修正：${error instanceof Error ? error.message : String(error)}`);
  }
  const added = [...new Set(names)].filter((name) => !known.includes(name));
  if (added.length === 0) return source;
  // yaml quotes a name only where YAML needs it (a leading quote, 「: 」 …).
  const lines = added.map((name) => stringify({ [name]: null }).trimEnd());
  return `${source.trimEnd()}\n\n# ${regulationTitle}（匯入時加入）\n${lines.join('\n')}\n`;
}

/** Placeholder names in rendered chapter MDX, in order of first use. */
export function placeholderNames(mdx: readonly string[]): string[] {
  const names = mdx.flatMap((text) => [...text.matchAll(/<Placeholder\s+name="([^"]*)"\s*\/>/g)].map((m) => m[1]!.replaceAll('&quot;', '"')));
  return [...new Set(names)];
}
