import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importHints } from '../../../src/data/import-hints.ts';
import { cleanSource, importRegulation } from '../../../src/lib/import/index.ts';
import { comparable } from '../../../src/lib/import/punctuation.ts';
import { seedsRoot, visibleText } from '../../support/chapters.ts';

/** Fidelity lives in the importer: importing each seed keeps every sentence (HR's later edits are theirs). */
const titles = Object.values(importHints).map((hints) => hints.title).sort((a, b) => b.length - a.length);

/** Numbering, item dashes and colons differ in form between source and chapter; the title line (「制定…制度」) is dropped. */
const words = (text: string) =>
  titles.reduce(
    (rest, title) => rest.replaceAll(`制定${title}`, '').replaceAll(title, ''),
    comparable(text).replace(/(?<![\d.])\d{1,2}\.(?!\d)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|(?<![\dA-Za-z])-(?!\d)|:/g, ''),
  );

export function sentenceCoverage(seedText: string, chapterText: string) {
  const haystack = words(chapterText);
  const sentences = cleanSource(seedText).split(/(?<=[。；;!?！？])|\n+/).map(words).filter((s) => s.length >= 4);
  const missing = sentences.filter((s) => !haystack.includes(s));
  return { total: sentences.length, missing, ratio: 1 - missing.length / sentences.length };
}

const seeded = Object.entries(importHints).filter(([, hints]) => hints.seed);

describe('importing a seed keeps every sentence', () => {
  it.each(seeded.map(([slug, hints]) => [hints.title, slug, hints] as const))('%s', (_, slug, hints) => {
    const seedText = readFileSync(join(seedsRoot, hints.seed!), 'utf8');
    const pages = importRegulation(seedText, slug, hints).filter((file) => !file.path.endsWith('index.mdx'));
    const text = pages
      .map(({ content }) => {
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(content) ?? [];
        return `${(parse(front) as { title: string }).title}\n${visibleText(body)}`;
      })
      .join('\n');
    const coverage = sentenceCoverage(seedText, text);
    expect(coverage.missing).toEqual([]);
  });

  it('notices a dropped sentence', () => {
    expect(sentenceCoverage('一、總則\n甲乙丙丁戊。己庚辛壬癸。', '總則 甲乙丙丁戊。').missing).toEqual(['己庚辛壬癸。'].map(words));
  });
});
