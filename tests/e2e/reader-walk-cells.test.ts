// Issue 12, "Cells and exercises": a new reader's walk through a lesson's cells and exercise, each
// step one place where a reader was lost or misled before.
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { replaceCode, runCheck, stableSoftmaxByHand } from "./reader";

const baseUrl = inject("baseUrl");
const lessonUrl = new URL("lessons/scaled-dot-product-cross-attention/", baseUrl).href;
const browser = useBrowser();

/** A cell found as a reader finds it: the region named by its title. */
const cell = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
const output = (c: Locator) => c.locator("[data-cell-output]");

/** Replaces the cell's code, presses Run and waits for the run to end; returns the status. */
async function run(page: Page, c: Locator, code: string): Promise<string> {
  await replaceCode(page, c, code);
  await c.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction((el) => ["done", "error", "stopped"].includes((el as HTMLElement).dataset.status ?? ""), await c.elementHandle(), { timeout: 60_000 });
  return (await c.getAttribute("data-status")) ?? "";
}

/** Starts collecting long tasks (over 50 ms) on the page; the function returned gives their durations. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: "longtask" });
  });
  return () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

let page: Page;
let problems: string[];
beforeAll(async () => {
  ({ page, problems } = await openPage(browser(), lessonUrl));
});

describe("a reader's walk through cells and exercises", () => {
  it("10,000 logged lines keep the cell short: the first and last lines, and a button to show all", async () => {
    const attend = cell(page, "Attend");
    await expect(run(page, attend, 'for (let i = 0; i < 10000; i++) console.log("line " + i);')).resolves.toBe("done");
    const height = await attend.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(2000); // it was 273,548 px
    const lines = await output(attend).locator("pre.cell-log").allInnerTexts();
    expect(lines.slice(0, 3)).toEqual(["line 0", "line 1", "line 2"]);
    expect(lines.at(-1)).toBe("line 9999");
    expect(lines.length).toBeLessThan(50);
    const showAll = attend.getByRole("button", { name: "Show all 10,000 lines" });
    await expect.poll(() => output(attend).locator(".cell-gap").innerText()).toContain("9,960 lines hidden here");
    await showAll.click();
    await output(attend).getByText("line 5000", { exact: true }).waitFor();
    await page.waitForFunction((el) => el.querySelectorAll("pre.cell-log").length === 10000, await output(attend).elementHandle(), { timeout: 20_000 });
    const all = await output(attend).locator("pre.cell-log").allInnerTexts();
    expect(all.every((text, i) => text === `line ${i}`)).toBe(true);
    // Focus moved to the first line the button revealed, not to the page body.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("line 30");
  });

  it("100,000 logged lines never block the page for more than 50 ms; past the cap the output says how much it left out", async () => {
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "1 + 1"); // the compiler and renderer are loaded before measuring
    await expect(run(page, attend, "1 + 1")).resolves.toBe("done");
    // Best of three runs: another process on a busy machine can stretch one task past 50 ms; a page
    // that draws 100,000 lines at once blocks for seconds every time (1.8 s before this fix).
    let longest = Infinity;
    for (let attempt = 0; attempt < 3 && longest > 50; attempt++) {
      const longTasks = await watchLongTasks(page);
      await expect(run(page, attend, 'for (let i = 0; i < 100000; i++) console.log("line " + i);')).resolves.toBe("done");
      await page.waitForTimeout(500);
      longest = Math.min(longest, Math.max(0, ...(await longTasks())));
    }
    expect(longest).toBeLessThanOrEqual(50);
    const gap = await output(attend).locator(".cell-gap").innerText();
    expect(gap).toMatch(/lines hidden here, and [\d,]+ more lines past the output cap were not kept\./);
    await expect.poll(() => output(attend).locator("pre.cell-log").last().innerText()).toBe("line 99999");
  });

  it("a core function called with a missing argument names it, at the cell's line", async () => {
    const attend = cell(page, "Attend");
    await expect(run(page, attend, "const t = attention(q, k);\nt")).resolves.toBe("error");
    await expect.poll(() => output(attend).locator(".cell-entry").first().innerText()).toBe(
      "AttentionError: attention: V is undefined; pass a matrix there, e.g. fromRows([[1, 2], [3, 4]]) (line 1)",
    );
    // The type checker saw it coming.
    await output(attend).getByText("This code has 1 type error (line 1). It ran anyway").waitFor({ timeout: 30_000 });
  });

  it("self.close() in a cell says why it cannot, at its line, and the next run is not blamed on a loop", async () => {
    const attend = cell(page, "Attend");
    await expect(run(page, attend, 'console.log("before");\nself.close();\n"after"')).resolves.toBe("error");
    await expect.poll(() => output(attend).innerText()).toContain(
      "Error: self.close() would stop the worker that runs every cell on this page, so a cell cannot call it; to end a cell early, return from it or throw an error (line 2)",
    );
    await expect(run(page, attend, "'still here'")).resolves.toBe("done");
    await expect.poll(() => output(attend).innerText()).toBe("still here");
  });

  it("what a cell's timer prints or throws after the cell finished shows under that cell, marked as later", async () => {
    const attend = cell(page, "Attend");
    await expect(run(page, attend, 'setTimeout(() => console.log("tick"), 200);\nsetTimeout(() => { throw new RangeError("late trouble"); }, 300);\n"started"')).resolves.toBe("done");
    await output(attend).getByText("RangeError: late trouble (line 2)").waitFor({ timeout: 5000 });
    const texts = await output(attend).locator(".cell-entry").allInnerTexts();
    expect(texts).toEqual(["started", "After the cell finished, a timer or promise it started printed:", "tick", "RangeError: late trouble (line 2)"]);
    await expect(attend.getAttribute("data-status")).resolves.toBe("done");
    // The worker is alive: the next run works at once.
    await expect(run(page, attend, "2 + 2")).resolves.toBe("done");
  });

  it("an edited cell's type errors are listed at their line and underlined; the code still runs, and its output says so", async () => {
    const { page, problems } = await openPage(browser(), lessonUrl);
    const plotCell = cell(page, "Plot the weights");
    await plotCell.scrollIntoViewIfNeeded();
    await plotCell.getByRole("button", { name: "Edit" }).click();
    // The cell uses `t` from the "Attend" cell above it: that is no type error.
    await plotCell.getByText("No type errors.").waitFor({ timeout: 60_000 });
    await replaceCode(page, plotCell, 'const x: number = "hello";\nconsole.log(x, t.weights.rows);');
    const list = plotCell.getByRole("list", { name: "Type errors" });
    await list.waitFor({ timeout: 30_000 });
    await expect(list.getByRole("listitem").allInnerTexts()).resolves.toEqual(["Line 1: Type 'string' is not assignable to type 'number'."]);
    await expect(plotCell.locator(".cm-type-error").allInnerTexts()).resolves.toEqual(["x"]);
    await plotCell.getByRole("button", { name: "Run" }).click();
    await plotCell.getByText(/It ran anyway/).waitFor({ timeout: 30_000 });
    await expect(plotCell.getAttribute("data-status")).resolves.toBe("done");
    await expect(output(plotCell).locator(".cell-entry").allInnerTexts()).resolves.toEqual([
      "hello 5",
      "This code has 1 type error (line 1). It ran anyway: TypeScript's types are checked, not enforced. The list is under the code.",
    ]);
    // Fixing the type clears the list and the note.
    await replaceCode(page, plotCell, "const x: number = 6 * 7;\nx");
    await plotCell.getByText("No type errors.").waitFor({ timeout: 30_000 });
    await plotCell.getByRole("button", { name: "Run" }).click();
    await page.waitForFunction((el) => (el as HTMLElement).dataset.status === "done" && el.querySelector("[data-cell-output]")?.textContent === "42", await plotCell.elementHandle());
    await expect(list.count()).resolves.toBe(0);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it("an exercise's edited code is type-checked too", async () => {
    const exercise = page.getByRole("region", { name: "Exercise: Normalise the scores" });
    await exercise.scrollIntoViewIfNeeded();
    await replaceCode(page, exercise, "function softmaxRowsByHand(scores: Matrix): Matrix {\n  return scores.rows;\n}");
    const list = exercise.getByRole("list", { name: "Type errors" });
    await list.waitFor({ timeout: 60_000 });
    await expect(list.getByRole("listitem").allInnerTexts()).resolves.toEqual(["Line 2: Type 'number' is not assignable to type 'Matrix'."]);
  });

  it("an exercise answer off by 1e-4 is told the sum with enough digits to see the difference", async () => {
    const exercise = page.getByRole("region", { name: "Exercise: Normalise the scores" });
    await exercise.scrollIntoViewIfNeeded();
    // A correct softmax by hand, then one weight nudged by 1e-4.
    await replaceCode(page, exercise, stableSoftmaxByHand.replace("  return out;", "  out.data[0] += 1e-4;\n  return out;"));
    expect(await runCheck(exercise)).toBe("Not yet: row 0 of your result sums to 1.0001, not 1");
  });

  it("starter and solution code keep their indentation", async () => {
    const { page: fresh } = await openPage(browser(), lessonUrl);
    const exercise = fresh.getByRole("region", { name: "Exercise: Normalise the scores" });
    const starter = await exercise.locator("[data-cell-source] pre").innerText();
    expect(starter.split("\n")).toContain("  const out = zeros(scores.rows, scores.cols);");
    await exercise.getByRole("button", { name: "Show solution" }).click();
    const solution = (await exercise.locator("[data-solution] pre").innerText()).split("\n");
    expect(solution).toContain("    const max = Math.max(...row);");
    expect(solution).toContain("  return out;");
    await fresh.context().close();
    expect(problems).toEqual([]);
  });
});
