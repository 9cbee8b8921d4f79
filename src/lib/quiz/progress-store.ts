import { decodeProgress, encodeProgress } from './progress-codec.ts';
import { emptyProgress, progressKey, recordAttempt, type Progress } from './progress.ts';

/** The part of window.localStorage we use; injectable so tests need no browser. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Stored progress. Unreadable data is removed and an empty record returned: a quiet reset, never an error.
 * A store that refuses access (private mode, blocked cookies) behaves as empty.
 */
export function loadProgress(store: KeyValueStore | undefined): Progress {
  try {
    const text = store?.getItem(progressKey);
    if (text == null) return emptyProgress();
    const progress = decodeProgress(text);
    if (progress) return progress;
    store?.removeItem(progressKey);
  } catch {
    // Storage unavailable: nothing to read.
  }
  return emptyProgress();
}

/** Add one attempt and store it; returns the new progress even if it could not be stored. */
export function saveAttempt(
  store: KeyValueStore | undefined,
  quizId: string,
  score: { correct: number; total: number },
  date: string,
): Progress {
  const progress = recordAttempt(loadProgress(store), quizId, score, date);
  try {
    store?.setItem(progressKey, encodeProgress(progress));
  } catch {
    // Quota or access errors: the attempt still counts on screen.
  }
  return progress;
}
