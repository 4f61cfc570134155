/**
 * The precache list of a service worker written by writeServiceWorker (src/site/offlineIntegration.mjs):
 * each URL with its revision (null for a content-hashed name), read from sw.js, where Workbox's
 * injectManifest writes the list as JSON with sorted keys, `{"revision":"...","url":"..."}`.
 * Throws when it finds none, so a change in Workbox's output fails loudly instead of reporting an
 * empty precache.
 */
export function precacheList(worker: string): Map<string, string | null> {
  const list = new Map(Array.from(worker.matchAll(/\{"revision":(?:null|"([0-9a-f]+)"),"url":"([^"]+)"\}/g), (m) => [m[2], m[1] ?? null] as const));
  if (list.size === 0) throw new Error("precacheList: no {revision, url} entries in this service worker; was it written by writeServiceWorker?");
  return list;
}
