/**
 * The document-sharing site's wrapper around a regulation: page lists, reading counters, download and
 * copyright lines, tips, lists of unrelated documents and the comment box. The body sits between the
 * 文檔簡介 label and the 溫馨提示 notices.
 */
const bodyStart = '文檔簡介';
const bodyEnd = /^\s*溫馨提示\s*$/m;

/** Phrases of the wrapper; none may survive in a chapter. */
export const wrapperPhrases = [
  '文檔簡介', '溫馨提示', '下載本文檔', '版權說明', '繼續免費閱讀', '最新文檔', '提交評論', '人人文庫', '0/150',
] as const;

const wrapperLine = /^(?:.*_第\d+頁|已閱讀\d+頁.*|下載本文檔|版權說明.*|評論|0\/150|提交評論)$/;

export function stripWrapper(raw: string): string {
  const start = raw.indexOf(bodyStart);
  let body = start >= 0 ? raw.slice(start + bodyStart.length) : raw;
  const end = body.search(bodyEnd);
  if (end >= 0) body = body.slice(0, end);
  return body
    .split('\n')
    .map((line) => line.trim().replace(/^PAGE/, ''))
    .filter((line) => !wrapperLine.test(line))
    .join('\n')
    .trim();
}

/** Wrapper phrases found in a text (empty when clean). */
export function findWrapperText(text: string): string[] {
  return wrapperPhrases.filter((phrase) => text.includes(phrase));
}
