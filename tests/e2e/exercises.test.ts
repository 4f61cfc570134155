import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { replaceCode, stableSoftmaxByHand } from "./reader";

const baseUrl = inject("baseUrl");
const slug = "scaled-dot-product-cross-attention";
const lessonUrl = new URL(`lessons/${slug}/`, baseUrl).href;
const browser = useBrowser();
let page: Page;
let problems: string[];

beforeAll(async () => {
  ({ page, problems } = await openPage(browser(), lessonUrl));
});

const exercise = () => page.getByRole("region", { name: "Exercise: Normalise the scores" });
const result = (e: Locator) => e.getByRole("status");

/** Replaces the reader's code in the exercise editor (opening it on first use) and presses Check. */
async function submit(e: Locator, code: string): Promise<void> {
  await replaceCode(page, e, code);
  await e.getByRole("button", { name: "Check" }).click();
  await page.waitForFunction((el) => !["idle", "running"].includes((el as HTMLElement).dataset.status ?? ""), await e.elementHandle(), { timeout: 15_000 });
}

const naive = `function softmaxRowsByHand(scores: Matrix): Matrix {
  const out = zeros(scores.rows, scores.cols);
  for (let i = 0; i < scores.rows; i++) {
    let sum = 0;
    for (let j = 0; j < scores.cols; j++) sum += Math.exp(scores.data[i * scores.cols + j]);
    for (let j = 0; j < scores.cols; j++) out.data[i * scores.cols + j] = Math.exp(scores.data[i * scores.cols + j]) / sum;
  }
  return out;
}`;

describe("exercises", () => {
  it("Check on the starter code fails with the check's specific message", async () => {
    const e = exercise();
    await e.getByRole("button", { name: "Check" }).click();
    await page.waitForFunction((el) => (el as HTMLElement).dataset.status === "error", await e.elementHandle(), { timeout: 15_000 });
    // The starter returns zeros: row 0 sums to 0.
    await expect.poll(() => result(e).innerText()).toBe("Not yet: row 0 of your result sums to 0, not 1");
  });

  it("a softmax that overflows fails naming the row and column where NaN appears", async () => {
    const e = exercise();
    await submit(e, naive);
    await expect.poll(() => result(e).innerText()).toBe("Not yet: your result has NaN at row 1, column 0");
    await expect(e.getAttribute("data-done")).resolves.toBeNull();
  });

  it("an error in the reader's code names its line", async () => {
    const e = exercise();
    await submit(e, "function softmaxRowsByHand(scores: Matrix): Matrix {\n  return scores.nope.rows;\n}");
    await expect.poll(() => result(e).innerText()).toBe("Not yet: your code threw TypeError: Cannot read properties of undefined (reading 'rows') (line 2)");
  });

  it("hints appear one at a time on demand", async () => {
    const e = exercise();
    // The hints' own list: an edited exercise also lists its type errors.
    const hints = e.getByRole("list", { name: "Hints" }).getByRole("listitem");
    await expect(hints.filter({ visible: true }).count()).resolves.toBe(0);
    await e.getByRole("button", { name: "Show a hint (1 of 3)" }).click();
    await expect(hints.filter({ visible: true }).allInnerTexts()).resolves.toEqual([
      "Write into out.data[i * scores.cols + j]: a Matrix stores its entries row by row.",
    ]);
    await e.getByRole("button", { name: "Show another hint (2 of 3)" }).click();
    await expect(hints.filter({ visible: true }).count()).resolves.toBe(2);
    await e.getByRole("button", { name: "Show another hint (3 of 3)" }).click();
    await expect(hints.filter({ visible: true }).count()).resolves.toBe(3);
    await expect(e.getByRole("button", { name: /hint/ }).count()).resolves.toBe(0);
  });

  it("a correct answer passes, is saved as done, and marks the lesson done in the lesson list", async () => {
    const e = exercise();
    const navItem = page.locator(`li[data-lesson-link="${slug}"]`);
    await expect(navItem.locator("[data-done-mark]").count()).resolves.toBe(0);
    await submit(e, stableSoftmaxByHand);
    await expect.poll(() => result(e).innerText()).toBe("Correct! Every check passed.");
    await expect(e.getAttribute("data-done")).resolves.toBe("true");
    await expect.poll(() => navItem.locator("[data-done-mark]").innerText()).toContain("✓");
    await expect.poll(() => navItem.innerText()).toContain("(exercises done)");
    // After a reload: the code and the done mark are still there.
    await page.reload();
    await expect(page.locator(`li[data-lesson-link="${slug}"] [data-done-mark]`).count()).resolves.toBe(1);
    await expect.poll(() => exercise().locator("[data-cell-source]").innerText()).toContain("const max = Math.max(...row);");
    await expect(result(exercise()).innerText()).resolves.toContain("Solved before");
  });

  it("Show solution reveals the model answer", async () => {
    const e = exercise();
    const toggle = e.getByRole("button", { name: "Show solution" });
    await toggle.click();
    await expect(e.getByRole("button", { name: "Hide solution" }).getAttribute("aria-expanded")).resolves.toBe("true");
    await expect.poll(() => e.locator("[data-solution]").innerText()).toContain("Math.exp(row[j] - max) / sum");
    expect(problems).toEqual([]);
  });
});
