import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { replaceCode } from "./reader";

const baseUrl = inject("baseUrl");
const lessonUrl = new URL("lessons/scaled-dot-product-cross-attention/", baseUrl).href;
const browser = useBrowser();

/** A cell found as a reader finds it: the region named by its title. */
const cell = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
const status = (c: Locator) => c.getAttribute("data-status");

async function waitFor(c: Locator, value: string, timeout = 15_000): Promise<void> {
  await c.locator(`xpath=self::*[@data-status="${value}"]`).waitFor({ timeout });
}

describe("notebook cells", () => {
  // One page for the tests that run in order on the same cells (a fresh page costs seconds).
  let page: Page;
  let problems: string[];
  it("show their first output in the static HTML, with JavaScript off", async () => {
    const { page } = await openPage(browser(), lessonUrl, { javaScriptEnabled: false });
    const attend = page.locator('[data-cell="attend"]');
    await expect(attend.getAttribute("data-status")).resolves.toBe("idle");
    await expect.poll(() => attend.locator("[data-cell-output]").innerText()).toContain("weights 5x4 output 5x3");
    await expect.poll(() => attend.locator("[data-cell-output] table caption").first().innerText()).toBe("Matrix 5×4 (rows × columns)");
    await expect(page.locator('[data-cell="plot-weights"] [data-cell-output] svg').count()).resolves.toBe(1);
    await expect.poll(() => attend.locator("pre.astro-code").innerText()).toContain("scaledDotProductAttention(q, k, v)");
  });

  it("running a cell first runs the earlier cell whose name it uses", async () => {
    ({ page, problems } = await openPage(browser(), lessonUrl));
    const plotCell = cell(page, "Plot the weights");
    await plotCell.getByRole("button", { name: "Run" }).click();
    await waitFor(plotCell, "done");
    // `t` is declared by the "Attend" cell, which ran first in the same worker.
    await expect(status(cell(page, "Attend"))).resolves.toBe("done");
    const svg = plotCell.locator("[data-cell-output] svg");
    await expect(svg.getAttribute("aria-label")).resolves.toBe("Weights: target tokens down, source tokens across");
    await expect(svg.locator("text").allTextContents()).resolves.toEqual(expect.arrayContaining(["noir", "black"]));
    expect(problems).toEqual([]);
  });

  it("Run shows the output, logs first, and sets data-status to done", async () => {
    const attend = cell(page, "Attend");
    await attend.getByRole("button", { name: "Run" }).click();
    await waitFor(attend, "done");
    const output = attend.locator("[data-cell-output]");
    const entries = await output.locator(".cell-entry").allInnerTexts();
    expect(entries[0]).toBe("weights 5x4 output 5x3");
    expect(entries[1]).toMatch(/every row of the weights sums to 1:\s*\[1, 1, 1, 1, 1\]/);
    await expect(output.getByRole("table", { name: "Matrix 5×4 (rows × columns)" }).count()).resolves.toBe(1);
    await expect.poll(() => attend.getByRole("status").innerText()).toMatch(/^Done in \d+ ms$/);
    expect(problems).toEqual([]);
  });

  it("edit and Ctrl+Enter runs the edited code; the edit survives a reload; Reset restores the lesson's code and marks later cells stale", async () => {
    const { page, problems } = await openPage(browser(), lessonUrl);
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "const t = { weights: fromRows([[0.25, 0.75]]) };\nconst answer: number = 6 * 7;\nanswer");
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitFor(attend, "done");
    await expect.poll(() => attend.locator("[data-cell-output]").innerText()).toBe("42");
    // The plot cell reads t from this cell, so its output (from the build) is now out of date.
    await expect(cell(page, "Plot the weights").getAttribute("data-stale")).resolves.toBe("true");
    // Escape leaves the editor for the Run button.
    await attend.locator(".cm-content").click();
    await page.keyboard.press("Escape");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Run");

    await page.reload();
    const again = cell(page, "Attend");
    await expect.poll(() => again.locator("[data-cell-source]").innerText()).toContain("const answer: number = 6 * 7;");
    await expect.poll(() => again.getByRole("note").innerText()).toContain("edited code, saved in this browser");
    await again.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => again.locator("[data-cell-source]").innerText()).toContain("scaledDotProductAttention(q, k, v)");
    await expect(again.getByRole("button", { name: "Reset" }).isHidden()).resolves.toBe(true);
    await again.getByRole("button", { name: "Run" }).click();
    await waitFor(again, "done");
    await expect.poll(() => again.locator("[data-cell-output]").innerText()).toContain("weights 5x4 output 5x3");
    await page.reload();
    await expect.poll(() => cell(page, "Attend").locator("[data-cell-source]").innerText()).toContain("scaledDotProductAttention(q, k, v)");
    expect(problems).toEqual([]);
  });

  it("a syntax error names its line and keeps the reader's code", async () => {
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "const a = 1;\nconst b = ;\nb");
    await attend.getByRole("button", { name: "Run" }).click();
    await waitFor(attend, "error");
    await expect.poll(() => attend.locator("[data-cell-output]").innerText()).toMatch(/^SyntaxError: Unexpected token \(line 2\)$/);
    await expect.poll(() => attend.locator(".cm-content").innerText()).toContain("const b = ;");
  });

  it("a runtime error names its line in the cell's own code; the core's shape errors show as they are", async () => {
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "// a comment\nconst o: { x: number } | null = null;\nconst y = o!.x;\ny");
    await attend.getByRole("button", { name: "Run" }).click();
    await waitFor(attend, "error");
    // The first entry: the type checker may add a note after it (TypeScript sees o! as never).
    await expect.poll(() => attend.locator("[data-cell-output] .cell-entry").first().innerText()).toMatch(/^TypeError: Cannot read properties of null \(reading 'x'\) \(line 3\)$/);
    await attend.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText("const ok = 1;\nattention(q, v, v)");
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitFor(attend, "error");
    await expect.poll(() => attend.locator("[data-cell-output]").innerText()).toBe(
      "AttentionError: scores: Q is 5x4 but K is 4x3; Q and K need the same number of columns (dk) (line 2)",
    );
  });

  it("an endless loop is stopped at the time limit while the page keeps answering, and the next run works", async () => {
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "console.log('before the loop');\nwhile (true) {}");
    const started = Date.now();
    await attend.getByRole("button", { name: "Run" }).click();
    await waitFor(attend, "running");
    // The page still answers a click while the worker spins: another cell's Copy link shows its link.
    const other = cell(page, "Plot the weights");
    await other.getByRole("button", { name: "Copy link" }).click();
    await expect(other.getByRole("textbox", { name: "Link to this code" }).inputValue()).resolves.toContain("#cell=plot-weights&code=");
    await expect(status(attend)).resolves.toBe("running");
    await waitFor(attend, "stopped", 10_000);
    const elapsed = (Date.now() - started) / 1000;
    expect(elapsed).toBeGreaterThanOrEqual(2.9);
    expect(elapsed).toBeLessThan(6);
    await expect.poll(() => attend.getByRole("status").innerText()).toBe("Stopped after 3 s");
    const output = await attend.locator("[data-cell-output]").innerText();
    expect(output).toContain("before the loop");
    expect(output).toContain("Stopped: the code was still running at this cell's time limit (3 s)");
    await attend.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText("1 + 1");
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitFor(attend, "done");
    await expect.poll(() => attend.locator("[data-cell-output]").innerText()).toBe("2");
  });

  it("allocating without bound ends in an error, not a dead tab", async () => {
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "const chunks = [];\nwhile (true) chunks.push(new Float64Array(1 << 24));");
    await attend.getByRole("button", { name: "Run" }).click();
    await page.waitForFunction((el) => ["error", "stopped"].includes((el as HTMLElement).dataset.status ?? ""), await attend.elementHandle(), { timeout: 15_000 });
    // The tab is alive: the same cell runs again.
    await attend.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText("'alive'");
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitFor(attend, "done");
    await expect.poll(() => attend.locator("[data-cell-output]").innerText()).toBe("alive");
  });

  it("a shared link restores the code without running it, says where it came from, and runs on Run", async () => {
    const { page } = await openPage(browser(), lessonUrl);
    const attend = cell(page, "Attend");
    await replaceCode(page, attend, "const t = scaledDotProductAttention(q, k, v);\nconst shared = 'from a link';\nshared");
    await attend.getByRole("button", { name: "Copy link" }).click();
    const link = await attend.getByRole("textbox", { name: "Link to this code" }).inputValue();
    expect(link).toMatch(/#cell=attend&code=/);

    const { page: reader, problems } = await openPage(browser(), link);
    const received = cell(reader, "Attend");
    await expect.poll(() => received.locator("[data-cell-source]").innerText()).toContain("const shared = 'from a link';");
    await expect.poll(() => received.getByRole("note").innerText()).toContain("came from a shared link");
    await expect.poll(() => received.locator("[data-cell-output]").innerText()).toBe("");
    await reader.waitForTimeout(500);
    await expect(status(received)).resolves.toBe("idle");
    // A later cell that needs it refuses to run it behind the reader's back.
    const plotCell = cell(reader, "Plot the weights");
    await plotCell.getByRole("button", { name: "Run" }).click();
    await waitFor(plotCell, "error");
    await expect.poll(() => plotCell.locator("[data-cell-output]").innerText()).toContain('needs cell "attend", whose code came from a shared link');
    await expect(status(received)).resolves.toBe("idle");
    await received.getByRole("button", { name: "Run" }).click();
    await waitFor(received, "done");
    await expect.poll(() => received.locator("[data-cell-output]").innerText()).toBe("from a link");
    expect(problems).toEqual([]);
  });
});
