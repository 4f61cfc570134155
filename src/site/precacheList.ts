/**
 * The precache list of a service worker written by writeServiceWorker (src/site/offlineIntegration.mjs):
 * each URL with its revision (null for a content-hashed name), read from the minified sw.js, where
 * Workbox writes the list as `{url:"...",revision:"..."}` literals. Throws when it finds none, so a
 * change in Workbox's output fails loudly instead of reporting an empty precache.
 */
export function precacheList(worker: string): Map<string, string | null> {
  const list = new Map(Array.from(worker.matchAll(/\{url:"([^"]+)",revision:(?:null|"([0-9a-f]+)")\}/g), (m) => [m[1], m[2] ?? null] as const));
  if (list.size === 0) throw new Error("precacheList: no {url, revision} entries in this service worker; was it written by writeServiceWorker?");
  return list;
}
