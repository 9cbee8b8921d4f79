import { DIFF_DELETE, DIFF_INSERT, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';

/** A run of a text diff: kept, deleted from the old text, or inserted in the new one. */
export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/**
 * Character-level diff of two clause texts. Chinese has no spaces to split words on, so the diff runs by
 * character; semantic cleanup then merges the scattered one-character matches inside a rewritten phrase,
 * so a changed phrase reads as one deletion and one insertion. No time limit: the result must not depend on
 * how busy the build machine is.
 */
export function textDiff(before: string, after: string): DiffPart[] {
  const diffs = diffMain(before, after, { diffTimeout: 0 });
  diffCleanupSemantic(diffs);
  return diffs
    .filter(([, text]) => text.length > 0)
    .map(([op, text]) => ({ op: op === DIFF_DELETE ? 'del' : op === DIFF_INSERT ? 'ins' : 'same', text }));
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The diff as HTML: `<del>` and `<ins>`. With `labels`, each change is preceded by visually hidden
 * 「刪除：」/「新增：」 (the site's `sr-only` class), so the change is not told by colour or strike-through alone;
 * feeds get bare `<del>`/`<ins>`, which readers render by themselves.
 */
export function diffHtml(parts: readonly DiffPart[], { labels = false } = {}): string {
  return parts
    .map(({ op, text }) => {
      const escaped = escapeHtml(text);
      if (op === 'same') return escaped;
      const label = labels ? `<span class="sr-only">${op === 'del' ? '刪除：' : '新增：'}</span>` : '';
      return `${label}<${op}>${escaped}</${op}>`;
    })
    .join('');
}

/** The old text (kept and deleted runs) or the new text (kept and inserted runs) with only its own changes marked. */
export function sideHtml(parts: readonly DiffPart[], side: 'before' | 'after', options?: { labels?: boolean }): string {
  const hidden = side === 'before' ? 'ins' : 'del';
  return diffHtml(parts.filter((part) => part.op !== hidden), options);
}
