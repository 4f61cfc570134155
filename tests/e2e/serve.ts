import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { startStaticServer } from "../../scripts/staticServer";
import { normalizeBasePath } from "../../src/site/normalizeBasePath.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built site is served for this run, base path included, e.g. "http://127.0.0.1:4321/". */
    baseUrl: string;
  }
}

/**
 * Serves the built site (under BASE_PATH, like the build) for every browser test of the run.
 * DIST_DIR points at another build folder, e.g. one made with `astro build --outDir /tmp/x`.
 */
export default async function setup(project: TestProject) {
  const dist = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, "../../dist"));
  if (!existsSync(resolve(dist, "index.html"))) {
    throw new Error("e2e: dist/index.html is missing; run `npm run build` first (npm test does it for you)");
  }
  const server = await startStaticServer(dist, normalizeBasePath(process.env.BASE_PATH));
  project.provide("baseUrl", server.url);
  return () => server.close();
}
