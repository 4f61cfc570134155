// The course's service worker. offlineIntegration.mjs bundles it (Vite) and Workbox's injectManifest
// writes the build's precache list in place of self.__WB_MANIFEST: every file with the hash of its
// content, or none for a name that is already hashed.
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";

// A new version waits until the reader presses Reload, which posts SKIP_WAITING (UpdateNotice.astro):
// until then the old worker serves the old files together, never a mix.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});
// The first version takes the open pages at once, so they work offline without a reload.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST, {
  // A query (?embed=1, ?step=5&dk=64, Pagefind's ?ts=) names the same file on a static host, so it
  // is the same precached file here.
  ignoreURLParametersMatching: [/./],
  directoryIndex: "index.html",
});
cleanupOutdatedCaches();
