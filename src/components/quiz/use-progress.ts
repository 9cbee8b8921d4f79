import { useEffect, useState } from 'preact/hooks';
import { progressEvent, type Progress } from '../../lib/quiz/progress.ts';
import { loadProgress } from '../../lib/quiz/progress-store.ts';
import { browserStore } from './browser-store.ts';

/** Stored quiz progress; undefined until mounted (the server has none). Follows saves on this page and in other tabs. */
export function useProgress(): Progress | undefined {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    const load = () => setProgress(loadProgress(browserStore()));
    load();
    window.addEventListener(progressEvent, load);
    window.addEventListener('storage', load);
    return () => {
      window.removeEventListener(progressEvent, load);
      window.removeEventListener('storage', load);
    };
  }, []);
  return progress;
}
