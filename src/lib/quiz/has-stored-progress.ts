import { progressKey } from './progress.ts';
import type { KeyValueStore } from './progress-store.ts';

/**
 * Whether anything is stored under the progress key. Asking needs no schema, so a trainee with no progress yet
 * never downloads the decoder (the schema library is most of its weight). Blocked storage counts as empty, as
 * loadProgress has it.
 */
export function hasStoredProgress(store: KeyValueStore | undefined): boolean {
  try {
    return store?.getItem(progressKey) != null;
  } catch {
    return false;
  }
}
