import type { KeyValueStore } from '../../lib/quiz/progress-store.ts';

/** window.localStorage, or undefined where merely touching it throws (sandboxed frames, blocked storage). */
export function browserStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
