import { describe, expect, it } from 'vitest';
import { regulations, regulationSlugs } from '../../src/data/regulations.ts';
import { regulationIds } from '../../src/history/tombstones.ts';
import { chapterFields } from '../support/chapter-fields.ts';
import { findMojibake } from '../../src/lib/import/mojibake.ts';
import { countPinyin } from '../../src/lib/import/pinyin.ts';
import { findWrapperText } from '../../src/lib/import/wrapper.ts';
import { splitHeading } from '../../src/lib/policy/anchors.ts';
import { headingIdProblem } from '../../src/lib/subsection-ids.ts';
import { readChapters, visibleText } from '../support/chapters.ts';

const chapters = readChapters();
const regulationChapters = chapters.filter((c) => regulations.some((r) => c.path.startsWith(`${r.slug}/`)));

describe('chapter frontmatter', () => {
  it.each(chapters.map((c) => [c.path, c] as const))('%s passes the schema', (_, chapter) => {
    const result = chapterFields.safeParse(chapter.frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(typeof chapter.frontmatter.title).toBe('string');
  });

  it.each(regulationChapters.map((c) => [c.path, c] as const))('%s belongs to its folder and is ordered by its number', (path, chapter) => {
    const [folder, file] = path.split('/');
    expect(chapter.frontmatter.regulation).toBe(folder);
    const expectedOrder = file === 'index.mdx' ? 0 : Number(/^s(\d+)\.mdx$/.exec(file!)?.[1]);
    expect(chapter.frontmatter.order).toBe(expectedOrder);
    expect((chapter.frontmatter.sidebar as { order?: number } | undefined)?.order).toBe(expectedOrder);
  });

  it('gives every regulation its own policyId', () => {
    const ids = regulations.map((r) => r.policyId);
    expect(ids.filter((id, i) => !id || ids.indexOf(id) !== i)).toEqual([]);
  });

  it('rejects an unknown regulation, naming the field', () => {
    const result = chapterFields.safeParse({ regulation: 'finance', order: 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['regulation']);
    expect(result.error!.issues[0]!.message).toMatch(/regulation 必須是/);
  });

  it('rejects a negative or fractional order', () => {
    expect(chapterFields.safeParse({ order: -1 }).success).toBe(false);
    expect(chapterFields.safeParse({ order: 1.5 }).success).toBe(false);
  });
});

describe('chapter text is clean', () => {
  it.each(chapters.map((c) => [c.path, c] as const))('%s has no pinyin, wrapper text or mojibake', (_, chapter) => {
    const text = visibleText(chapter.body);
    expect(countPinyin(text)).toBe(0);
    expect(findWrapperText(text)).toEqual([]);
    expect(findMojibake(text)).toEqual([]);
  });
});

describe('clause ids', () => {
  // Ids are kept forever (see src/lib/policy/anchors.ts): well-formed, unique, never given back, and every id of
  // an earlier version still on its page or remembered there by a tombstone (src/history/tombstones.ts).
  it.each(regulationSlugs.map((slug) => [slug] as const))('%s keeps every clause link working', (slug) => {
    expect(regulationIds(slug).problems).toEqual([]);
  });

  it.each(regulationChapters.filter((c) => /\/s\d+\.mdx$/.test(c.path)).map((c) => [c.path, c] as const))(
    '%s gives every ## heading an id of its own page',
    (path, chapter) => {
      const section = Number(/s(\d+)\.mdx$/.exec(path)![1]);
      const problems = chapter.body
        .split('\n')
        .filter((line) => /^## /.test(line))
        .map((line) => [line, headingIdProblem(splitHeading(line.slice(3)).id, section)])
        .filter(([, problem]) => problem);
      expect(problems).toEqual([]);
    },
  );
});
