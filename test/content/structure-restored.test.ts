import { describe, expect, it } from 'vitest';
import { readChapters, visibleText } from '../support/chapters.ts';

/** What the scrape flattened, checked on every chapter: labelled units run together, half-width brackets. */
const chapters = readChapters().filter((c) => /\/s\d+\.mdx$/.test(c.path));

describe('structure the scrape lost stays restored', () => {
  it.each(chapters.map((c) => [c.path, c] as const))('%s: no labelled unit runs on after the previous one’s sentence', (_, chapter) => {
    // 「…成本。市場營銷組：…」: a list of units flattened into one paragraph; each belongs in its own item.
    const runOn = [...visibleText(chapter.body).matchAll(/。([\u4e00-\u9fff]{2,6})：/g)].map((m) => m[1]);
    expect(runOn).toEqual([]);
  });

  it.each(chapters.map((c) => [c.path, c] as const))('%s: brackets in Chinese text are full-width', (_, chapter) => {
    const halfWidth = [...visibleText(chapter.body).matchAll(/[\u4e00-\u9fff]\([^)\n]*\)/g)].map((m) => m[0]);
    expect(halfWidth).toEqual([]);
  });
});
