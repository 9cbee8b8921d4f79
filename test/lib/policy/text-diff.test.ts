import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffHtml, sideHtml, textDiff } from '../../../src/lib/policy/text-diff.ts';

const oldText = (parts: ReturnType<typeof textDiff>) => parts.filter((p) => p.op !== 'ins').map((p) => p.text).join('');
const newText = (parts: ReturnType<typeof textDiff>) => parts.filter((p) => p.op !== 'del').map((p) => p.text).join('');

describe('character diff of clause texts', () => {
  it('marks a changed digit in Chinese text as one deletion and one insertion', () => {
    const parts = textDiff('每月累計3次以內不做處罰', '每月累計2次以內不做處罰');
    expect(parts).toEqual([
      { op: 'same', text: '每月累計' },
      { op: 'del', text: '3' },
      { op: 'ins', text: '2' },
      { op: 'same', text: '次以內不做處罰' },
    ]);
  });

  it('reads a rewritten phrase as one change, not scattered single characters', () => {
    const parts = textDiff('得分80分至89分。', '得分80分以上、未滿90分。');
    const changes = parts.filter((p) => p.op !== 'same');
    // A raw character diff would keep the shared 分 and 9 as tiny matches between edits.
    expect(changes.filter((p) => p.op === 'del')).toHaveLength(1);
    expect(changes.filter((p) => p.op === 'ins')).toHaveLength(1);
    expect(parts[0]).toEqual({ op: 'same', text: '得分80分' });
  });

  it('always rebuilds both texts exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('遲', '到', '3', '2', '次', '，', 'a') }), fc.string({ unit: fc.constantFrom('遲', '到', '3', '2', '次', '，', 'b') }), (a, b) => {
        const parts = textDiff(a, b);
        expect(oldText(parts)).toBe(a);
        expect(newText(parts)).toBe(b);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });

  it('renders <del>/<ins>, escapes text, and labels changes for screen readers when asked', () => {
    const parts = textDiff('累計3次<b>', '累計2次<b>');
    expect(diffHtml(parts)).toBe('累計<del>3</del><ins>2</ins>次&lt;b&gt;');
    expect(diffHtml(parts, { labels: true })).toBe(
      '累計<span class="sr-only">刪除：</span><del>3</del><span class="sr-only">新增：</span><ins>2</ins>次&lt;b&gt;',
    );
  });

  it('shows each side of a comparison table with only its own changes', () => {
    const parts = textDiff('累計3次', '累計2次');
    expect(sideHtml(parts, 'before')).toBe('累計<del>3</del>次');
    expect(sideHtml(parts, 'after')).toBe('累計<ins>2</ins>次');
  });
});
