// What the service worker costs a reader: its own file, and everything it precaches after the first
// visit (the whole course, for offline reading). Read from a build folder's sw.js, the list the
// browser will actually download. Used by `npm run report:weight`.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { precacheList } from "../src/site/precacheList";
import { serviceWorkerFile } from "../src/site/serviceWorkerFile.mjs";

export interface OfflineWeight {
  /** sw.js as written, and gzipped (level 6, as pageWeight.ts counts). */
  workerBytes: number;
  workerGzip: number;
  /** Files precached and their bytes on disk. */
  files: number;
  bytes: number;
  /** The same, sent compressed: each file gzipped, or as is where gzip does not make it smaller (woff2, png). */
  transferBytes: number;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/** Measures the service worker of the build in `dist`, made with base path `base` ("/" or "/course/"). */
export function offlineWeight(dist: string, base: string): OfflineWeight {
  const worker = readFileSync(path.join(dist, serviceWorkerFile));
  let bytes = 0;
  let transferBytes = 0;
  const urls = [...precacheList(worker.toString("utf8")).keys()];
  for (const url of urls) {
    if (!url.startsWith(base)) throw new Error(`offlineWeight: ${url} is outside the base path ${base}; build and report with the same BASE_PATH`);
    const body = readFileSync(path.join(dist, decodeURIComponent(url.slice(base.length))));
    bytes += body.length;
    transferBytes += Math.min(body.length, gzipSize(body));
  }
  return { workerBytes: statSync(path.join(dist, serviceWorkerFile)).size, workerGzip: gzipSize(worker), files: urls.length, bytes, transferBytes };
}

/** The report's lines for the service worker, sizes in KB and MB of 1024. */
export function offlineTable(w: OfflineWeight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  return [
    `Offline reading (service worker, downloaded after the first visit):`,
    `  ${serviceWorkerFile}     ${kb(w.workerBytes)} (${kb(w.workerGzip)} gzip)`,
    `  precache  ${w.files} files, ${mb(w.bytes)} (${mb(w.transferBytes)} sent compressed)`,
  ].join("\n");
}
