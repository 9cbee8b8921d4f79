import { join, relative } from 'node:path';
import { main } from 'markdownlint-cli2';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const config = 'test/lint/content.markdownlint-cli2.jsonc';

/** Runs markdownlint-cli2 as `npm run lint:content` does, on one file; returns the exit code and the messages. */
async function lint(file: string): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const code = await main({
    directory: root,
    argv: ['--config', config, `:${relative(root, file)}`],
    logMessage: () => {},
    logError: (message: string) => errors.push(message),
  });
  return { code, errors };
}

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'content', name);

describe('markdownlint for Chinese MDX', () => {
  it('accepts a chapter written the way the importer writes them', async () => {
    expect(await lint(fixture('lint-clean.mdx'))).toEqual({ code: 0, errors: [] });
  });

  it('fails a broken chapter, naming file, line, rule and the fix', async () => {
    const { code, errors } = await lint(fixture('lint-broken.mdx'));
    expect(code).toBe(1);
    const found = errors.map((e) => e.replace(/ \[Context:.*$/, ''));
    expect(found).toEqual([
      'test/fixtures/content/lint-broken.mdx:9:8 error MD026/no-trailing-punctuation Trailing punctuation in heading [Punctuation: \'。\']',
      'test/fixtures/content/lint-broken.mdx:12:9 error cjk-punctuation/CJK001 Half-width punctuation next to Chinese text [中文裡請用全形「，」，不要用半形「,」]',
      'test/fixtures/content/lint-broken.mdx:12:14 error cjk-spacing/CJK002 Space between two Chinese characters [兩個中文字之間不要空格（多半是從 PDF 或網頁複製時帶進來的）]',
      'test/fixtures/content/lint-broken.mdx:15 error MD012/no-multiple-blanks Multiple consecutive blank lines [Expected: 1; Actual: 2]',
    ]);
  });
});
