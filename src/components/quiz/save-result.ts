import type { QuizScore } from '../../lib/quiz/score.ts';
import { browserStore } from './browser-store.ts';

/**
 * Store a finished attempt and tell the page. Loaded on demand so the quiz's first download stays small:
 * the storage codec brings the schema library with it.
 */
export async function saveResult(quizId: string, score: QuizScore): Promise<void> {
  try {
    const [{ saveAttempt }, { localDate, progressEvent }] = await Promise.all([
      import('../../lib/quiz/progress-store.ts'),
      import('../../lib/quiz/progress.ts'),
    ]);
    saveAttempt(browserStore(), quizId, score, localDate(new Date()));
    window.dispatchEvent(new CustomEvent(progressEvent));
  } catch {
    // Offline and the chunk cannot load: the score is on screen, only the record is missed.
  }
}
