import { stat, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { injectManifest } from "workbox-build";
import { serviceWorkerFile } from "./serviceWorkerFile.mjs";

/**
 * What the service worker precaches, relative to the build folder: every page, script, style,
 * font, image, the web app manifest and the search index (the files `pagefind/pagefind.js` and
 * its worker fetch). Left out: Pagefind's ready-made UIs and highlighter (the header box is the
 * site's own), the sitemaps (for crawlers), and KaTeX's .woff and .ttf fonts, which its CSS lists
 * after .woff2 as fallbacks that no browser with service workers ever picks.
 */
export const precacheGlobs = {
  globPatterns: ["**/*.{html,js,css,svg,png,woff2,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}"],
  globIgnores: ["pagefind/pagefind-*ui.*", "pagefind/pagefind-highlight.js"],
  // Workbox's 2 MB default would leave out the cells' type checker (TypeScript, about 4 MB, 1 MB
  // compressed) and the course document (every lesson in one page, about 4 MB, 0.4 MB compressed),
  // and both belong to the course offline.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
};

/**
 * src/site/serviceWorker.js with Workbox bundled in, minified, as one classic script (module
 * service workers are too new in Firefox). Vite is Astro's own bundler; it takes a fraction of a
 * second, where Workbox's generateSW (Babel, Rollup and Terser) took 12-18 s on the loaded
 * 2-core machine.
 * @returns {Promise<string>}
 */
async function bundleServiceWorker() {
  const output = await build({
    configFile: false,
    publicDir: false,
    logLevel: "warn",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL("./serviceWorker.js", import.meta.url)), formats: ["iife"], name: "serviceWorker", fileName: () => serviceWorkerFile },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!("output" in result)) throw new Error("service worker: Vite returned no bundle");
  return result.output[0].code;
}

/**
 * Writes `<site>/sw.js`: the bundled worker with Workbox's precache list of the whole build (see
 * precacheGlobs), served cache-first, so the course works offline after the first visit. URLs
 * carry `base`, so the worker follows BASE_PATH. Each file is listed with a hash of its content
 * (hashed `_astro/` and Pagefind chunk names need none), so a new deployment is a new worker that
 * downloads only what changed.
 * @param {string} site the folder Astro wrote (after Pagefind, so its index is included)
 * @param {string} base the site's base path, "/" or "/course/"
 * @returns {Promise<{ count: number, bytes: number, workerBytes: number }>} files and bytes
 *   precached, and the size of sw.js itself
 */
export async function writeServiceWorker(site, base) {
  const swDest = `${site}/${serviceWorkerFile}`;
  await writeFile(swDest, await bundleServiceWorker());
  const { count, size, warnings } = await injectManifest({
    swSrc: swDest,
    swDest,
    globDirectory: site,
    ...precacheGlobs,
    modifyURLPrefix: { "": base },
    // Vite's `_astro/name.HASH.ext` and Pagefind's content-hashed chunks change name when they change.
    dontCacheBustURLsMatching: /\/(_astro|pagefind\/(index|fragment|filter))\/|\.pf_meta$/,
  });
  // A file too large to precache, or a pattern that matched nothing, would leave the course
  // silently incomplete offline.
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join("; ")}`);
  return { count, bytes: size, workerBytes: (await stat(swDest)).size };
}

/**
 * What the dev server answers for sw.js: a worker that unregisters itself and reloads its pages.
 * The dev server registers no worker, but a reader who ran a build on the same address
 * (`npm run preview` and `npm start` share port 4321) keeps that build's worker, which would serve
 * its precached pages instead of the dev server's; the browser fetches sw.js on every visit and
 * replaces the old worker with this one.
 */
export const devServiceWorker = `self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    self.registration.unregister()
      .then(() => self.clients.matchAll({ type: "window" }))
      .then((clients) => Promise.all(clients.map((client) => client.navigate(client.url)))),
  );
});
`;

/**
 * Makes the build work offline: writes the service worker once Astro and Pagefind have written
 * everything (list it after pagefindIntegration), and serves the self-removing worker on the dev server.
 * @returns {import("astro").AstroIntegration}
 */
export function offlineIntegration() {
  let base = "/";
  return {
    name: "offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          // originalUrl: Astro's dev server has taken the base path off request.url by now.
          const address = /** @type {{ originalUrl?: string }} */ (request).originalUrl ?? request.url;
          if (address?.split("?")[0] !== `${base}${serviceWorkerFile}`) return next();
          response.setHeader("content-type", "text/javascript; charset=utf-8");
          response.setHeader("cache-control", "no-store");
          response.end(devServiceWorker);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const { count, bytes, workerBytes } = await writeServiceWorker(fileURLToPath(dir).replace(/\/$/, ""), base);
        logger.info(`${serviceWorkerFile} (${(workerBytes / 1024).toFixed(1)} KB) precaches ${count} files, ${(bytes / 1024 / 1024).toFixed(2)} MB, under ${base}`);
      },
    },
  };
}
