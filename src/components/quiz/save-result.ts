import { localDate, progressEvent } from '../../lib/quiz/progress.ts';
import type { QuizScore } from '../../lib/quiz/score.ts';
import { browserStore } from './browser-store.ts';

/**
 * The storage code is loaded on demand so the quiz's first download stays small (its codec brings the schema
 * library with it). The quiz starts loading it at the first answer, so it is there when the last one is in.
 */
let storage: Promise<typeof import('../../lib/quiz/progress-store.ts')> | undefined;

function loadStorage() {
  storage ??= import('../../lib/quiz/progress-store.ts').catch((error) => {
    storage = undefined; // offline: try again next time
    throw error;
  });
  return storage;
}

export function preloadStorage(): void {
  loadStorage().catch(() => {});
}

/** Store a finished attempt and tell the page; false when the storage code could not be loaded. */
export async function saveResult(quizId: string, score: QuizScore): Promise<boolean> {
  try {
    const { saveAttempt } = await loadStorage();
    saveAttempt(browserStore(), quizId, score, localDate(new Date()));
    window.dispatchEvent(new CustomEvent(progressEvent));
    return true;
  } catch {
    return false;
  }
}
