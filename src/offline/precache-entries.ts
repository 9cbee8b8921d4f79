/** The precache list in a generated sw.js: address → revision (null for content-hashed names). */
export function precacheEntries(serviceWorker: string): Map<string, string | null> {
  const entries = new Map<string, string | null>();
  for (const [, url, revision] of serviceWorker.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)) {
    entries.set(url!, revision ?? null);
  }
  return entries;
}
