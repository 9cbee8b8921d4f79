import { clauseHref, type ClauseChange } from './clause-diff.ts';
import { diffHtml, escapeHtml } from './text-diff.ts';

const kindLabel = { changed: '修正', added: '新增', removed: '刪除' } as const;

/**
 * A feed item's body: the summary, then each changed clause with an absolute link to its anchor and its diff.
 * Feed readers show <del>/<ins> themselves; links must be absolute since the item is read off the site.
 */
export function feedChangesHtml(summary: string, regulation: string, changes: readonly ClauseChange[] | null, site: string | URL): string {
  const intro = `<p>${escapeHtml(summary)}</p>`;
  if (!changes || changes.length === 0) return intro;
  const items = changes.map((change) => {
    const label = escapeHtml(change.label);
    const head = change.kind === 'removed' ? label : `<a href="${escapeHtml(new URL(clauseHref(regulation, change), site).href)}">${label}</a>`;
    return `<li>${kindLabel[change.kind]}：${head}<br>${diffHtml(change.parts)}</li>`;
  });
  return `${intro}<ul>${items.join('')}</ul>`;
}
