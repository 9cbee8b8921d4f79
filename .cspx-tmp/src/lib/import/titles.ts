const sentencePunctuation = /[,，。;；:：]/;

/**
 * Split a unit's leading title from its text. The source runs them together: 「信息收集市場調研專員…」.
 * A heading that is a short line without sentence punctuation is all title; otherwise a known title (hint)
 * wins; otherwise a colon close to the start ends the title (「合法合規原則:嚴格遵守…」).
 */
export function splitTitle(
  text: string,
  known: readonly string[] | undefined,
  kind: 'heading' | 'clause' | 'item',
): { title?: string; text: string } {
  const firstLine = text.split('\n')[0]!;
  if (kind === 'heading' && firstLine.length <= 20 && !sentencePunctuation.test(firstLine)) {
    return withTitle(firstLine, text.slice(firstLine.length));
  }
  const hint = [...(known ?? [])].sort((a, b) => b.length - a.length).find((title) => text.startsWith(title));
  if (hint) return withTitle(hint, text.slice(hint.length));
  const colon = /^([^,，。;；:：\n]{1,16})[:：]/.exec(text);
  if (colon) return withTitle(colon[1]!, text.slice(colon[0].length));
  return { title: undefined, text };
}

/** A clause that only introduces a list (「1.商品管理流程」 followed by `-` items) is a title. */
export function isBareTitle(text: string): boolean {
  return text.length > 0 && text.length <= 20 && !sentencePunctuation.test(text) && !text.includes('\n');
}

function withTitle(title: string, remainder: string) {
  return { title: title.trim(), text: remainder.replace(/^[\s:：]+/, '') };
}
