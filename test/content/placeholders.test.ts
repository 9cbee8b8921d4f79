import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyValues } from '../../src/data/company.ts';
import { placeholderReport, type SourcePage } from '../../src/lib/policy/pending.ts';
import { UnknownPlaceholderError } from '../../src/lib/policy/placeholders.ts';
import { docsRoot } from '../support/chapters.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');

const page = (file: string): SourcePage => ({ file: relative(root, file), href: '/', title: '', source: readFileSync(file, 'utf8') });

/** One line per placeholder name that src/data/company.ts does not know: file:line, the name, what to do. */
function unknownPlaceholders(files: string[]): string[] {
  const keys = Object.keys(companyValues);
  return placeholderReport(files.map(page), companyValues).unknown.map(
    (use) => new UnknownPlaceholderError(use.name, `${use.file}:${use.line}`, keys).message,
  );
}

describe('template placeholders', () => {
  it('every <Placeholder name> in the chapters has an entry in src/data/company.ts', () => {
    const files = readdirSync(docsRoot, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => join(docsRoot, f));
    expect(unknownPlaceholders(files)).toEqual([]);
  });

  it('the check names the file, the line and the mistyped name of a broken chapter', () => {
    expect(unknownPlaceholders([join(fixtures, 'placeholder-typo.mdx')])).toEqual([
      'test/fixtures/content/placeholder-typo.mdx:11：未知的佔位符「具體時問」，是不是「具體時間」？' +
        '請改成 src/data/company.ts 已有的名稱，或在該檔案新增這一項。',
    ]);
  });
});
