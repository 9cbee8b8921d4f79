import { describe, expect, it } from 'vitest';
import { exactFirst, phraseQuery } from '../../../src/lib/search/exact-first.ts';

const r = (id: string) => ({ id });

describe('phraseQuery', () => {
  it('quotes a term typed as one unit', () => {
    expect(phraseQuery(' 崗位調整 ')).toBe('"崗位調整"');
  });

  it('leaves single characters, several words and quoted queries to Pagefind as they are', () => {
    expect(phraseQuery('崗')).toBeUndefined();
    expect(phraseQuery('績效 考核')).toBeUndefined();
    expect(phraseQuery('"崗位調整"')).toBeUndefined();
  });
});

describe('exactFirst', () => {
  it('moves the exact-phrase hits to the top and keeps Pagefind order within each group', () => {
    expect(exactFirst([r('a'), r('b'), r('c'), r('d')], [r('d'), r('b')]).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('never drops a page: an exact hit missing from the plain results is kept', () => {
    expect(exactFirst([r('a')], [r('x')]).map((x) => x.id)).toEqual(['x', 'a']);
    expect(exactFirst([r('a'), r('b')], []).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
