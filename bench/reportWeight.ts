// `npm run report:weight [buildDir]` (default dist/, or DIST_DIR): serves the build, measures every
// page in Chromium (see pageWeight.ts), prints the table, what a first edit of a cell downloads (the
// type checker, outside the budgets) and the service worker's size and precache (offlineWeight.ts),
// and exits 1 only on a budget breach.
// Build with the same BASE_PATH as the folder was built with, e.g. BASE_PATH=/x/ npm run report:weight.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "../tests/e2e/browser";
import { startStaticServer } from "../scripts/staticServer";
import { normalizeBasePath } from "../src/site/normalizeBasePath.mjs";
import { breaches, editWeightText, listPages, measureEdit, measurePage, weightTable, type EditWeight, type PageWeight } from "./pageWeight";
import { offlineTable, offlineWeight } from "./offlineWeight";

const dist = path.resolve(process.argv[2] ?? process.env.DIST_DIR ?? "dist");
if (!existsSync(path.join(dist, "index.html"))) {
  console.error(`report:weight: ${dist}/index.html is missing; build first (npx astro build --outDir ${dist})`);
  process.exit(2);
}
const base = normalizeBasePath(process.env.BASE_PATH);
const server = await startStaticServer(dist, base);
const browser = await launchBrowser();
const weights: PageWeight[] = [];
let edit: EditWeight | string | undefined;
try {
  const pages = listPages(dist);
  for (const page of pages) weights.push(await measurePage(browser, server.url + page, page));
  // Editing loads the type checker; measured once, on the first page with a cell.
  const withCell = pages.find((page) => page.endsWith("/") && readFileSync(path.join(dist, page, "index.html"), "utf8").includes("data-cell="));
  if (withCell !== undefined) {
    edit = await measureEdit(browser, server.url + withCell, withCell).catch((error: Error) => `On first edit of a cell (${withCell}): no type check was shown (${error.message.split("\n")[0]})`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Page weight of ${dist}\n`);
console.log(weightTable(weights));
if (edit) console.log(`\n${typeof edit === "string" ? edit : editWeightText(edit)}`);
console.log(`\n${offlineTable(offlineWeight(dist, base))}`);
const over = weights.flatMap(breaches);
if (over.length > 0) {
  console.error(`\nOver budget:\n${over.map((s) => `  ${s}`).join("\n")}`);
  process.exit(1);
}
