/**
 * Text metrics without a browser: CJK and full-width characters are one em wide, everything else about 0.6 em.
 * Generous enough for the system CJK fonts the site uses.
 */
const wide = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F]/u;

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += wide.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/** Characters that must not begin a line (Chinese line-breaking rule). */
const noLineStart = /[，。、：；？！）」』》〉…,.:;?!)]/u;
/** Good places to break after. */
const breakAfter = /[，、：；？！）」』》〉…,;:?!)]/u;

/** Splits `text` into lines no wider than `maxWidth`, preferring to break after punctuation. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, fontSize) > maxWidth && !noLineStart.test(ch)) {
      const chars = [...line];
      const cut = chars.findLastIndex((c, i) => breakAfter.test(c) && i >= chars.length / 2);
      if (cut >= 0 && cut < chars.length - 1) {
        lines.push(chars.slice(0, cut + 1).join(''));
        line = chars.slice(cut + 1).join('');
      } else {
        lines.push(line);
        line = '';
      }
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
