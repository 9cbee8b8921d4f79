import { useEffect, useRef, useState } from 'preact/hooks';
import { readUrlState, writeUrlState, type FieldValues } from '../../lib/url-state.ts';

export interface UrlStateOptions<T> {
  /** The calculator's query keys; distinct from the other calculators' that may share the page. */
  keys: readonly string[];
  /** What the server renders; the first client render must repeat it, so the URL is read after mount. */
  initial: T;
  toFields: (state: T) => FieldValues;
  fromFields: (fields: FieldValues) => T;
  /** The id of the input that holds a key, so text typed before the island hydrated is kept. */
  inputId: (key: string) => string;
  /** Start values only the browser knows, such as this month. */
  clientStart?: () => FieldValues;
  /** Keys a link that names other keys does not clear (試算月份 falls back to this month). */
  kept?: readonly string[];
}

/**
 * The one URL-state hook of the calculators. On mount it restores what a link names (src/lib/url-state.ts),
 * then keeps whatever was typed before hydration; afterwards every change is written back, so the address
 * always carries exactly what is on screen. `hydrated` is false until then: the page's dead controls and the
 * no-JavaScript message depend on it.
 */
export function useUrlState<T>(options: UrlStateOptions<T>): [T, (update: T | ((current: T) => T)) => void, boolean] {
  const [state, setState] = useState<T>(options.initial);
  const [hydrated, setHydrated] = useState(false);
  const start = useRef<FieldValues>();

  useEffect(() => {
    const rendered = options.toFields(options.initial);
    start.current = { ...rendered, ...options.clientStart?.() };
    const fields = readUrlState(location.search, options.keys, start.current, options.kept);
    for (const key of options.keys) {
      const input = document.getElementById(options.inputId(key));
      // Preact's hydration leaves an input's value alone, so what is there now was typed by the reader.
      if (input instanceof HTMLInputElement && input.value !== (rendered[key] ?? '')) fields[key] = input.value;
    }
    setState(options.fromFields(fields));
    setHydrated(true);
  }, []);

  useEffect(() => {
    if (!hydrated || !start.current) return;
    const query = writeUrlState(location.search, options.toFields(state), start.current);
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }, [state, hydrated]);

  return [state, setState, hydrated];
}

/** Shown in a results region until the island takes over (no JavaScript, or not loaded yet). */
export const scriptNeeded = '試算需要啟用 JavaScript；規則見上表';
