import type { QuizScore } from '../../lib/quiz/score.ts';
import { browserStore } from './browser-store.ts';

type StorageModules = [typeof import('../../lib/quiz/progress-store.ts'), typeof import('../../lib/quiz/progress.ts')];

/**
 * The storage code is loaded on demand so the quiz's first download stays small (the codec brings the schema
 * library with it). The quiz starts loading it at the first answer, so it is there when the last one is in.
 */
let storage: Promise<StorageModules> | undefined;

function loadStorage(): Promise<StorageModules> {
  storage ??= Promise.all([import('../../lib/quiz/progress-store.ts'), import('../../lib/quiz/progress.ts')]).catch((error) => {
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
    const [{ saveAttempt }, { localDate, progressEvent }] = await loadStorage();
    saveAttempt(browserStore(), quizId, score, localDate(new Date()));
    window.dispatchEvent(new CustomEvent(progressEvent));
    return true;
  } catch {
    return false;
  }
}
