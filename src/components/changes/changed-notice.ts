/**
 * The changed-since notice proper, loaded by ChangedNotice.astro's script only when the version this browser
 * remembers for the regulation is not the page's (or none is remembered yet): fetches the change log, lists and
 * marks the clauses changed since, and records what was shown. First visit: remember the version, announce
 * nothing.
 */
import { decodeReadState, markRead, readKey, unreadChanges, type ChangeLog, type ReadState } from '../../lib/policy/read-state.ts';

const save = (state: ReadState) => {
  try {
    localStorage.setItem(readKey, JSON.stringify(state));
  } catch {
    // Storage refused (private mode): nothing is remembered, nothing breaks.
  }
};

export async function notice(box: HTMLElement): Promise<void> {
  const { regulation = '', version = '', src = '' } = box.dataset;
  const state = decodeReadState(() => localStorage.getItem(readKey));
  const entry = state[regulation];
  if (entry?.[0] === version) return;
  // Failed fetch: try again next visit.
  const log: ChangeLog | null | undefined = entry && (await fetch(src).then((r) => (r.ok ? r.json() : null), () => null));
  if (log === null) return;
  // A remembered version the log does not know (data from elsewhere) resets quietly to this one.
  const pending = (log && unreadChanges(log, entry!)) || [];
  const shown: string[] = [];
  if (pending.length) box.insertAdjacentHTML('afterbegin', log!.intro);
  for (const clause of pending) {
    box.lastElementChild!.insertAdjacentHTML('beforeend', clause.html);
    const target = document.getElementById(clause.id);
    if (target) {
      (target.querySelector('.clause-body') ?? target).insertAdjacentHTML('afterbegin', log!.mark);
      shown.push(clause.id);
    }
    box.hidden = false;
  }
  // Clauses shown on this page count as read; once all are, the version is.
  save(markRead(state, regulation, version, pending, shown));
}
