// Page weight budgets (issue 7): every built page loads at most 40 KB of gzipped JavaScript before
// any interaction and 200 KB once all its islands have woken. The table is always printed; a test
// fails only on a budget. Measured in Chromium by bench/pageWeight.ts.
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { BUDGET_AFTER, BUDGET_BEFORE, listPages, measurePage, weightTable, type PageWeight } from "../../bench/pageWeight";
import { useBrowser } from "./useBrowser";

const baseUrl = inject("baseUrl");
const dist = path.resolve(process.env.DIST_DIR ?? path.resolve(import.meta.dirname, "../../dist"));
const pages = listPages(dist);
const weights: PageWeight[] = [];
const browser = useBrowser();

afterAll(() => {
  console.log(`Page weight of ${dist}\n${weightTable(weights)}`);
});

describe("page weight", () => {
  it.each(pages.map((page) => [page || "/", page]))("page %s stays within the JavaScript budgets before and after its islands wake", async (_, page) => {
    const w = await measurePage(browser(), new URL(page, baseUrl).href, page);
    weights.push(w);
    const files = w.scripts.map((s) => `${s.after ? "after " : "before"} ${(s.gzip / 1024).toFixed(1)} KB ${s.url}`).join("\n");
    expect(w.jsBefore, `JS before interaction (gzip bytes):\n${files}`).toBeLessThanOrEqual(BUDGET_BEFORE);
    expect(w.jsAfter, `JS after waking (gzip bytes):\n${files}`).toBeLessThanOrEqual(BUDGET_AFTER);
  });
});
