// `npm run report:lighthouse [buildDir]` (default dist/, or DIST_DIR): serves the build gzipped with
// scripts/staticServer.ts and runs Lighthouse 12 (mobile preset: Moto G class device, simulated
// slow 4G) on the home page and two lessons in Debian's Chromium. Prints performance and
// accessibility scores; targets performance >= 95 and accessibility 100. Not part of npm test.
// LIGHTHOUSE_PAGES="/,lessons/a/" picks other pages.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startStaticServer } from "../scripts/staticServer";
import { gzipCopy } from "./gzipCopy";
import { normalizeBasePath } from "../src/site/normalizeBasePath.mjs";
import { chromiumArgs, chromiumPath } from "../tests/e2e/browser";

const dist = path.resolve(process.argv[2] ?? process.env.DIST_DIR ?? "dist");
if (!existsSync(path.join(dist, "index.html"))) {
  console.error(`report:lighthouse: ${dist}/index.html is missing; build first (npx astro build --outDir ${dist})`);
  process.exit(2);
}

/** The home page and the first two lessons that exist in this build. */
function defaultPages(): string[] {
  const lessons = ["scaled-dot-product-cross-attention", "soft-lookup", "queries-keys-values", "scores", "multi-head"]
    .map((slug) => `lessons/${slug}/`)
    .filter((p) => existsSync(path.join(dist, p, "index.html")));
  return ["", ...lessons.slice(0, 2)];
}
const pages = process.env.LIGHTHOUSE_PAGES?.split(",").map((p) => p.replace(/^\//, "")) ?? defaultPages();

// Served gzipped, as any real host serves it: Lighthouse's simulated slow 4G charges every byte.
const served = gzipCopy(dist);
const server = await startStaticServer(served, normalizeBasePath(process.env.BASE_PATH), 0, { gzip: true });
// The same flags as the browser tests (no calls home on this closed network), headless.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumPath,
  chromeFlags: ["--headless=new", ...chromiumArgs],
});
const rows: { page: string; performance: number; accessibility: number; notes: string[] }[] = [];
let version = "";
try {
  for (const page of pages) {
    const result = await lighthouse(server.url + page, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    if (!result) throw new Error(`lighthouse gave no result for ${page}`);
    const { categories, audits, lighthouseVersion } = result.lhr;
    version = lighthouseVersion;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    // Why points were lost: failing accessibility audits and the weakest performance metrics.
    const notes = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "numeric"))
      .filter((a) => categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) ||
        categories.performance.auditRefs.some((r) => r.id === a.id && r.weight > 0))
      .map((a) => {
        // For an accessibility failure, name the first offending elements so an author can find them.
        const items = (a.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
        const where = items.map((i) => i.node?.selector).filter(Boolean).slice(0, 3).join("; ");
        return `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}${where ? ` [${where}]` : ""}`;
      });
    rows.push({ page: page || "/", performance: score("performance"), accessibility: score("accessibility"), notes });
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(served, { recursive: true, force: true });
}

console.log(`Lighthouse ${version}, mobile preset, ${dist}\n`);
for (const r of rows) {
  const ok = r.performance >= 95 && r.accessibility === 100 ? "ok" : "MISSED";
  console.log(`${r.page.padEnd(45)} performance ${String(r.performance).padStart(3)}  accessibility ${String(r.accessibility).padStart(3)}  ${ok}`);
  for (const note of r.notes) console.log(`  lost points on: ${note}`);
}
console.log("\nTargets: performance >= 95, accessibility 100.");
