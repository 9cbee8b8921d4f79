/**
 * Pagefind's search API with exact-phrase hits first (src/lib/search/exact-first.ts), for Pagefind UI.
 * Pagefind UI imports its API from `${bundlePath}pagefind.js`; the Search override passes `${moduleUrl}?` as
 * bundlePath, so the UI loads this module (the query string is ignored by the server) and everything else is
 * handed to the real /pagefind/pagefind.js.
 */
import { exactFirst, phraseQuery } from '../../../lib/search/exact-first.ts';

interface Result {
  id: string;
}
interface Search {
  results: Result[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(path: string, options?: object): Promise<void>;
  search(term: string, options?: object): Promise<Search | null>;
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<Search | null>;
  preload(term: string, options?: object): Promise<void>;
  filters(): Promise<object>;
}

let real: Promise<Pagefind> | undefined;
const pagefind = () => (real ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`));

export const moduleUrl = import.meta.url;

export const options = async (value: object) => (await pagefind()).options(value);
export const init = async () => (await pagefind()).init();
export const destroy = async () => (await pagefind()).destroy();
export const mergeIndex = async (path: string, value?: object) => (await pagefind()).mergeIndex(path, value);
export const preload = async (term: string, value?: object) => (await pagefind()).preload(term, value);
export const filters = async () => (await pagefind()).filters();
export const debouncedSearch = async (term: string, value?: object, timeoutMs?: number) =>
  (await pagefind()).debouncedSearch(term, value, timeoutMs);

export async function search(term: string, value?: object): Promise<Search | null> {
  const api = await pagefind();
  const plain = await api.search(term, value);
  const phrase = phraseQuery(term);
  if (!plain || !phrase) return plain;
  const exact = await api.search(phrase, value);
  return { ...plain, results: exactFirst(plain.results, exact?.results ?? []) };
}
