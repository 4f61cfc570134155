import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { replaceCode } from "./reader";

// The Chinese edition's cells and exercises, used as a Chinese reader would: every control found by
// its Chinese name, every message read in Chinese, and the checks deciding as they do in English.
const baseUrl = inject("baseUrl");
const lessonUrl = new URL("zh/lessons/scores/", baseUrl).href;
const browser = useBrowser();
let page: Page;
let problems: string[];

beforeAll(async () => {
  ({ page, problems } = await openPage(browser(), lessonUrl));
});

const exercise = () => page.getByRole("region", { name: "练习：沿键做 softmax" });
const result = (e: Locator) => e.locator("[data-exercise-result]");

/** Waits until the run or check of `container` has ended. */
async function ended(container: Locator): Promise<void> {
  await page.waitForFunction((el) => ["done", "error", "stopped"].includes((el as HTMLElement).dataset.status ?? ""), await container.elementHandle(), { timeout: 20_000 });
}

/** Opens the exercise's editor with its Chinese button (once), replaces the code and presses 检查. */
async function submit(e: Locator, code: string): Promise<string> {
  await replaceCode(page, e, code, "编辑");
  await e.getByRole("button", { name: "检查", exact: true }).click();
  await ended(e);
  return (await result(e).innerText()).trim();
}

const rightAnswer = `function softmaxAlongKeys(scores: number[][]): number[][] {
  return scores.map((row) => {
    const max = Math.max(...row);
    const exps = row.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}`;

describe("the Chinese edition's notebook", () => {
  it("a cell runs from its 运行 button and reports in Chinese", async () => {
    const cell = page.getByRole("region", { name: "运行轴用错的 bug", exact: true });
    const controls = cell.getByRole("group", { name: "代码单元操作" });
    await expect(controls.getByRole("button", { name: "复制链接" }).count()).resolves.toBe(1);
    await controls.getByRole("button", { name: "运行", exact: true }).click();
    await ended(cell);
    await expect(cell.getAttribute("data-status")).resolves.toBe("done");
    await expect.poll(() => cell.getByRole("status").innerText()).toMatch(/^完成，用时 (\d+ 毫秒|\d+\.\d 秒)$/);
    await expect(cell.locator("[data-cell-output] figcaption").allInnerTexts()).resolves.toContain("有 bug 的权重");
  });

  it("the starter answer fails with the check's Chinese message", async () => {
    const e = exercise();
    await e.getByRole("group", { name: "练习操作" }).getByRole("button", { name: "检查", exact: true }).click();
    await ended(e);
    await expect(e.getAttribute("data-status")).resolves.toBe("error");
    // The starter normalises columns: a row of the 3x5 scores does not sum to 1.
    await expect.poll(() => result(e).innerText()).toMatch(/^还不对：你对 3x5 分数矩阵算出的权重的第 0 行之和为 [\d.]+，而不是 1$/);
    await expect(e.getAttribute("data-done")).resolves.toBeNull();
  });

  it("an answer that calls a switched-off core function is refused, in Chinese, naming it", async () => {
    const text = await submit(exercise(), "function softmaxAlongKeys(scores: number[][]): number[][] {\n  return toRows(softmaxRows(fromRows(scores)));\n}");
    expect(text).toBe("还不对：本练习要求你自己写出沿键的 softmax；softmaxRows 在这里被禁用了。");
  });

  it("an answer that throws names the error and its line in Chinese", async () => {
    const text = await submit(exercise(), "function softmaxAlongKeys(scores: number[][]): number[][] {\n  return (scores as any).nope.rows;\n}");
    expect(text).toBe("还不对：你的代码抛出了 TypeError: Cannot read properties of undefined (reading 'rows')（第 2 行）");
  });

  it("the right answer passes: 正确！", async () => {
    const e = exercise();
    await expect(submit(e, rightAnswer)).resolves.toBe("正确！所有检查都通过了。");
    await expect(e.getAttribute("data-done")).resolves.toBe("true");
  });

  it("hints come one at a time from Chinese buttons, and the solution opens and closes", async () => {
    const e = exercise();
    const hints = e.getByRole("list", { name: "提示" }).getByRole("listitem");
    await expect(hints.filter({ visible: true }).count()).resolves.toBe(0);
    await e.getByRole("button", { name: "显示提示（第 1 条，共 3 条）" }).click();
    await expect(hints.filter({ visible: true }).count()).resolves.toBe(1);
    await e.getByRole("button", { name: "再显示一条提示（第 2 条，共 3 条）" }).click();
    await expect(hints.filter({ visible: true }).count()).resolves.toBe(2);
    const solution = e.getByRole("button", { name: "显示参考答案" });
    await solution.click();
    await expect(e.getByRole("button", { name: "隐藏参考答案" }).getAttribute("aria-expanded")).resolves.toBe("true");
  });

  it("a reload shows the saved answer with a Chinese notice, and a question's answer opens from 显示答案", async () => {
    await page.reload({ waitUntil: "load" });
    const e = exercise();
    await e.locator("xpath=ancestor::notebook-exercise[@data-ready='true']").waitFor();
    await expect.poll(() => e.getByRole("note").innerText()).toBe("显示的是你的代码，保存在这个浏览器中。“重置”可回到初始代码。");
    await expect.poll(() => result(e).innerText()).toBe("你之前已在这个浏览器中完成了这道练习。随时可以再检查一次。");
    await expect.poll(() => page.locator("[data-question] summary").first().innerText()).toBe("显示答案");
    expect(problems).toEqual([]);
  });
});
