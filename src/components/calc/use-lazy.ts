import { useEffect, useState } from 'preact/hooks';

export type Lazy<T> = { module?: T; failed: boolean };

/**
 * Load a module once `wanted` turns true (the reader typed, opened a part, or a link filled it in), so code
 * that only computes and shows results is not part of the page's JavaScript before anyone uses it.
 */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): Lazy<T> {
  const [state, setState] = useState<Lazy<T>>({ failed: false });
  useEffect(() => {
    if (!wanted || state.module) return;
    load().then(
      (module) => setState({ module, failed: false }),
      () => setState({ failed: true }),
    );
  }, [wanted]);
  return state;
}

/** Shown when a part's code could not be loaded (offline, a deploy in between). */
export const loadFailed = '試算程式載入失敗，請檢查網路連線後重新整理頁面。';
