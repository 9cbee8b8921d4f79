import { clauseHref, diffAnchor, type ClauseChange } from './clause-diff.ts';
import type { ChangeLog, ChangedClause } from './read-state.ts';
import { escapeHtml } from './text-diff.ts';

/**
 * The change log the "changed since you last read" notice fetches, built at build time from every version
 * (oldest first) with the clauses it changed: for each version but the newest, the clauses changed since,
 * each once, in the order they first changed, linked to its newest diff. `prefix` is the edition's path
 * prefix ('' or '/zh-cn'); `label` lets the Simplified edition convert labels.
 */
export function readerLog(
  regulation: string,
  versions: readonly { version: string; changes?: readonly ClauseChange[] | null }[],
  { prefix = '', label = (text: string) => text } = {},
): ChangeLog {
  const current = escapeHtml(versions.at(-1)?.version ?? '');
  const log: ChangeLog = {
    intro: `<p id="changed-notice-title"><strong>${label(`自您上次閱讀後，本制度已修訂為第 ${current} 版。`)}</strong>${label('以下條文有變動（看過的條文會標示「已修訂」，之後不再列出）：')}</p>`,
    mark: `<span class="revised-mark">${label('已修訂')}</span>`,
    since: {},
  };
  versions.forEach(({ version: seen }, index) => {
    if (index === versions.length - 1) return;
    const since = new Map<string, ChangedClause>();
    for (const { version, changes } of versions.slice(index + 1)) {
      for (const change of changes ?? []) {
        const diff = `${prefix}/${regulation}/#${diffAnchor(version, change.id)}`;
        // A removed clause has no page to go to; its diff in 修訂記錄 says what it was.
        const href = change.kind === 'removed' ? diff : prefix + clauseHref(regulation, change);
        const text = escapeHtml(label(change.label));
        const html = `<li><a href="${href}">${text}</a>（<a href="${diff}">${label('查看修訂差異')}</a>）</li>`;
        since.set(change.id, { id: change.id, label: label(change.label), href, diff, html });
      }
    }
    log.since[seen] = [...since.values()];
  });
  return log;
}
