import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMojibake } from '../../src/lib/import/mojibake.ts';
import { countPinyin } from '../../src/lib/import/pinyin.ts';
import { findWrapperText } from '../../src/lib/import/wrapper.ts';
import { readChapter, visibleText } from '../support/chapters.ts';

// The clean-text check of chapters.test.ts, run on a chapter with one defect of each kind.
describe('the clean-text check bites', () => {
  const text = visibleText(readChapter(join(import.meta.dirname, '..', 'fixtures', 'content', 'dirty-chapter.mdx')).body);

  it('finds a pinyin annotation', () => {
    expect(countPinyin(text)).toBe(1);
  });

  it("finds the sharing site's wrapper text", () => {
    expect(findWrapperText(text)).toEqual(['下載本文檔']);
  });

  it('finds a garbled span', () => {
    expect(findMojibake(text).join('')).toContain('確?');
  });
});
