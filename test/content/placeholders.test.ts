import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyKeyProblems } from '../../src/lib/policy/company.ts';
import type { SourcePage } from '../../src/lib/policy/pending.ts';
import { docsRoot } from '../support/chapters.ts';
import { readCompanyValues } from '../support/company.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');

const page = (file: string): SourcePage => ({ file: relative(root, file), href: '/', title: '', source: readFileSync(file, 'utf8') });

describe('template placeholders', () => {
  it('content/company.yaml passes its schema and knows every <Placeholder name> in the chapters', () => {
    const files = readdirSync(docsRoot, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => join(docsRoot, f));
    expect(companyKeyProblems(readCompanyValues(), files.map(page))).toEqual([]);
  });

  it('the check names the file, the line and the mistyped name of a broken chapter', () => {
    expect(companyKeyProblems(readCompanyValues(), [page(join(fixtures, 'placeholder-typo.mdx'))])).toContain(
      'test/fixtures/content/placeholder-typo.mdx:11：未知的佔位符「具體時問」，是不是「具體時間」？' +
        '請改成 content/company.yaml 已有的名稱，或在該檔案新增這一項。',
    );
  });
});
