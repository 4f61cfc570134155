import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { replaceCode, wakeFigure as wake } from "./reader";

// The core's refusals on a Chinese page (issue 16): a cell and a figure the core refuses say it in
// Chinese, keeping the operation, operand names and shapes; the English page still says it in English.
const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = (path: string) => new URL(path, baseUrl).href;

/** Waits until the run of `cell` has ended. */
async function ended(page: Page, cell: Locator): Promise<void> {
  await page.waitForFunction((el) => ["done", "error", "stopped"].includes((el as HTMLElement).dataset.status ?? ""), await cell.elementHandle(), { timeout: 20_000 });
}

/**
 * Opens the editor of the cell titled `title` with its `edit` button, replaces its code with
 * attention(q, v, v) on line 2 (V as K: 4x3 keys for 4-wide queries) and runs it with its `run` button.
 */
async function runBadShapes(page: Page, title: string, buttons: { edit: string; run: string }): Promise<string> {
  const cell = page.getByRole("region", { name: title, exact: true });
  await replaceCode(page, cell, "const ok = 1;\nattention(q, v, v)", buttons.edit);
  await cell.getByRole("button", { name: buttons.run, exact: true }).click();
  await ended(page, cell);
  expect(await cell.getAttribute("data-status")).toBe("error");
  return (await cell.locator("[data-cell-output] .cell-entry").first().innerText()).trim();
}

describe("the core's refusals in the Chinese edition", () => {
  const pages: Page[] = [];
  const problems: string[][] = [];
  const open = async (path: string) => {
    const opened = await openPage(browser(), url(path));
    pages.push(opened.page);
    problems.push(opened.problems);
    return opened.page;
  };
  let zhCells: Page;
  let zhFigures: Page;
  beforeAll(async () => {
    zhCells = await open("zh/lessons/scaled-dot-product-cross-attention/");
    zhFigures = await open("zh/lessons/queries-keys-values/");
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
  });

  it("a cell edited to call attention with mismatched shapes shows a Chinese error naming the operands and shapes, at its line", async () => {
    const text = await runBadShapes(zhCells, "计算注意力", { edit: "编辑", run: "运行" });
    expect(text).toBe("AttentionError: scores：Q 是 5x4，但 K 是 4x3；Q 和 K 的列数（dk）必须相同（第 2 行）");
  });

  it("the qkv-shapes figure, with V taken from the target, quotes the core's refusal in Chinese", async () => {
    const figure = await wake(zhFigures, "qkv-shapes");
    await figure.getByRole("combobox", { name: "V 来自" }).selectOption("target");
    await expect
      .poll(() => figure.locator("[data-readout]").innerText())
      .toBe("核心拒绝计算：“attention：K 是 4x4，但 V 是 5x3；K 和 V 的行数（Lk）必须相同，每个源词元一行”。V 必须和 K 一样来自源。");
    // Back to the source: the refusal goes and the figure draws again.
    await figure.getByRole("combobox", { name: "V 来自" }).selectOption("source");
    await expect.poll(() => figure.locator("[data-readout]").innerText()).toMatch(/^输出是 5 × 3/);
  });

  it("an exercise answer the core refuses gets the refusal quoted in Chinese in its feedback", async () => {
    const exercise = zhFigures.getByRole("region", { name: "练习：把交叉注意力接对" });
    await exercise.scrollIntoViewIfNeeded();
    await exercise.locator("[data-cell-controls]:not([hidden])").waitFor();
    // Misconception (a): V projected from the target, like Q.
    await replaceCode(
      zhFigures,
      exercise,
      "function crossAttention(Xt: Matrix, Xs: Matrix, WQ: Matrix, WK: Matrix, WV: Matrix): Matrix {\n  return attention(linear(Xt, WQ), linear(Xs, WK), linear(Xt, WV)).output;\n}",
      "编辑",
    );
    await exercise.getByRole("button", { name: "检查", exact: true }).click();
    await ended(zhFigures, exercise);
    await expect
      .poll(() => exercise.locator("[data-exercise-result]").innerText())
      .toMatch(/^还不对：在 Lq = 3, Lk = 5 时，你的函数抛出了错误“attention：K 是 5x4，但 V 是 3x3；K 和 V 的行数（Lk）必须相同，每个源词元一行”/);
  });

  it("an exercise answer that throws a core error gets it in Chinese, with its line", async () => {
    const page = await open("zh/lessons/scores/");
    const exercise = page.getByRole("region", { name: "练习：沿键做 softmax" });
    await exercise.scrollIntoViewIfNeeded();
    await exercise.locator("[data-cell-controls]:not([hidden])").waitFor();
    // A ragged nested array: fromRows refuses it.
    await replaceCode(page, exercise, "function softmaxAlongKeys(scores: number[][]): number[][] {\n  return toRows(fromRows([[1, 2], [3]]));\n}", "编辑");
    await exercise.getByRole("button", { name: "检查", exact: true }).click();
    await ended(page, exercise);
    await expect
      .poll(() => exercise.locator("[data-exercise-result]").innerText())
      .toBe("还不对：你的代码抛出了 AttentionError: fromRows：矩阵的第 1 行有 1 个元素，但第 0 行有 2 个；每行的列数必须相同（第 2 行）");
  });

  it("the English page still shows the core's English message, in a cell and in the figure", async () => {
    const en = await open("lessons/scaled-dot-product-cross-attention/");
    expect(await runBadShapes(en, "Attend", { edit: "Edit", run: "Run" })).toBe(
      "AttentionError: scores: Q is 5x4 but K is 4x3; Q and K need the same number of columns (dk) (line 2)",
    );
    const enFigures = await open("lessons/queries-keys-values/");
    const figure = await wake(enFigures, "qkv-shapes");
    await figure.getByRole("combobox", { name: "V comes from" }).selectOption("target");
    await expect
      .poll(() => figure.locator("[data-readout]").innerText())
      .toBe("The core refuses: “attention: K is 4x4 but V is 5x3; K and V need the same number of rows (Lk), one per source token”. V must come from the source, like K.");
  });

  it("nothing on these pages failed to load or threw", () => {
    expect(problems.flat()).toEqual([]);
  });
});
