import { useEffect, useState } from 'preact/hooks';
import { hasStoredProgress } from '../../lib/quiz/has-stored-progress.ts';
import { emptyProgress, progressEvent, type Progress } from '../../lib/quiz/progress.ts';
import { browserStore } from './browser-store.ts';

/**
 * Stored quiz progress; undefined until mounted (the server has none) and, when something is stored, until the
 * reader code, which brings the schema library, has loaded. Follows saves on this page and in other tabs.
 */
export function useProgress(): Progress | undefined {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    let live = true;
    const load = () => {
      const store = browserStore();
      if (!hasStoredProgress(store)) return setProgress(emptyProgress());
      import('../../lib/quiz/progress-store.ts')
        .then(({ loadProgress }) => live && setProgress(loadProgress(store)))
        .catch(() => {}); // offline before the code was cached: the table keeps its empty state
    };
    load();
    window.addEventListener(progressEvent, load);
    window.addEventListener('storage', load);
    return () => {
      live = false;
      window.removeEventListener(progressEvent, load);
      window.removeEventListener('storage', load);
    };
  }, []);
  return progress;
}
