// Custom markdownlint rules for Chinese text (loaded by content.markdownlint-cli2.jsonc).

const han = '\\p{Script=Han}';
const fullWidth = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Lines a reader sees as text: not MDX import lines and not inside fenced code. */
function* textLines(lines) {
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && !/^import\s/.test(line)) yield [index + 1, line.replace(/`[^`]*`/g, (code) => 'x'.repeat(code.length))];
  }
}

/** @type {import('markdownlint').Rule[]} */
export default [
  {
    names: ['cjk-punctuation', 'CJK001'],
    description: 'Half-width punctuation next to Chinese text',
    tags: ['cjk'],
    parser: 'none',
    function(params, onError) {
      for (const [lineNumber, line] of textLines(params.lines)) {
        for (const match of line.matchAll(new RegExp(`(?<=${han})[,;:?!]|[,;:?!](?=${han})`, 'gu'))) {
          const mark = match[0];
          onError({
            lineNumber,
            detail: `中文裡請用全形「${fullWidth[mark]}」，不要用半形「${mark}」`,
            context: line.slice(Math.max(0, match.index - 8), match.index + 9),
            range: [match.index + 1, 1],
            fixInfo: { editColumn: match.index + 1, deleteCount: 1, insertText: fullWidth[mark] },
          });
        }
      }
    },
  },
  {
    names: ['cjk-spacing', 'CJK002'],
    description: 'Space between two Chinese characters',
    tags: ['cjk'],
    parser: 'none',
    function(params, onError) {
      for (const [lineNumber, line] of textLines(params.lines)) {
        for (const match of line.matchAll(new RegExp(`(?<=${han}) +(?=${han})`, 'gu'))) {
          onError({
            lineNumber,
            detail: '兩個中文字之間不要空格（多半是從 PDF 或網頁複製時帶進來的）',
            context: line.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8),
            range: [match.index + 1, match[0].length],
            fixInfo: { editColumn: match.index + 1, deleteCount: match[0].length },
          });
        }
      }
    },
  },
];
