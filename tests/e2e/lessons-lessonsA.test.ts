import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeFigure as wake, solveExercise, expectStaticLesson, expectLessonOpens, buildTimeCells } from "./reader";
import { axeFindings } from "./crawl/axeFindings";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** Lessons 1-3, each with its exercise, the message its starter must fail with, and one more wrong answer. */
const lessons: {
  slug: string;
  heading: RegExp;
  /** Moves the lesson's controls as a reader would and checks what the figures say back. */
  interact: (page: Page) => Promise<void>;
  exercise: { title: string; failure: RegExp; wrong?: { code: string; failure: RegExp } };
}[] = [
  {
    slug: "soft-lookup",
    heading: /Attention as a soft dictionary lookup/,
    interact: async (page) => {
      const figure = await wake(page, "soft-lookup-weights");
      const length = figure.getByRole("slider", { name: /Query length/ });
      await length.fill("0");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toBe(
        "Every key gets 0.25: a query of length 0 scores every key 0, so the weights are uniform.",
      );
      await length.fill("10");
      await figure.getByRole("slider", { name: /Query direction/ }).fill("225");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toMatch(/^“dog” gets 100% of the weight/);
    },
    exercise: {
      title: "Write a soft lookup",
      failure: /^Not yet: softLookup with 3 keys \(dk = 2, dv = 1\) has 0 entries but should have 1$/,
      // Forgets to normalise: the exponentials are used as weights without dividing by their sum.
      wrong: {
        code: `function softLookup(q: number[], keys: number[][], values: number[][]): number[] {
  const w = keys.map((k) => Math.exp(k.reduce((s, kc, c) => s + q[c] * kc, 0)));
  return values[0].map((_, c) => values.reduce((s, v, j) => s + w[j] * v[c], 0));
}`,
        failure: /^Not yet: softLookup with 3 keys \(dk = 2, dv = 1\)\[0\] is .+ but should be .+ \(within 1e-9\)$/,
      },
    },
  },
  {
    slug: "queries-keys-values",
    heading: /Queries, keys and values: where each comes from/,
    interact: async (page) => {
      const figure = await wake(page, "qkv-shapes");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toBe(
        "The output is 5 × 3 (Lq × d_v): one row per target token, while the weights are 5 × 4, not square.",
      );
      await figure.getByRole("combobox", { name: "V comes from" }).selectOption("target");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toBe(
        "The core refuses: “attention: K is 4x4 but V is 5x3; K and V need the same number of rows (Lk), one per source token”. V must come from the source, like K.",
      );
      await figure.getByRole("slider", { name: /^Lk/ }).fill("5");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toMatch(/^It runs only because Lq = Lk = 5, and it is wrong/);
      const sources = await wake(page, "qkv-sources");
      const before = await sources.locator("[data-readout]").innerText();
      await sources.getByRole("combobox", { name: "Decoder layer" }).selectOption("2");
      await expect.poll(() => sources.locator("[data-readout]").innerText()).toMatch(/^Layer 2 projects the same memory/);
      expect(await sources.locator("[data-readout]").innerText()).not.toBe(before);
    },
    exercise: {
      title: "Wire cross-attention",
      failure: /^Not yet: your output with Lq = 3, Lk = 5 at row 0, column 0 is .+ but should be .+ \(within 1e-9\)$/,
      // Misconception (a): K from the source but V from the target, like Q.
      wrong: {
        code: `function crossAttention(Xt: Matrix, Xs: Matrix, WQ: Matrix, WK: Matrix, WV: Matrix): Matrix {
  return attention(linear(Xt, WQ), linear(Xs, WK), linear(Xt, WV)).output;
}`,
        failure: /^Not yet: with Lq = 3, Lk = 5 your function threw “attention: K is 5x4 but V is 3x3; K and V need the same number of rows \(Lk\), one per source token”/,
      },
    },
  },
  {
    slug: "scores",
    heading: /Scores: how well each query matches each key/,
    interact: async (page) => {
      const figure = await wake(page, "scores-softmax-axis");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toMatch(/^Every row sums to 1/);
      await figure.getByRole("combobox", { name: "Softmax along" }).selectOption("queries");
      await expect.poll(() => figure.locator("[data-readout]").innerText()).toMatch(/^Row “\w+” sums to \d\.\d\d, not 1: the softmax ran over the queries/);
      await expect(figure.locator("svg[aria-label^='Weights with the softmax along the queries']").count()).resolves.toBe(1);
      const dot = await wake(page, "scores-dot-product");
      await dot.getByRole("combobox", { name: "Key (source token)" }).selectOption({ label: "chat" });
      await expect.poll(() => dot.locator("[data-readout]").innerText()).toMatch(/^q\(black\) · k\(chat\) = .+; “noir” scores higher for “black”/);
    },
    exercise: {
      title: "Softmax along the keys",
      failure: /^Not yet: row 0 of your weights for a 3x5 score matrix sums to \d+(\.\d+)?, not 1$/,
    },
  },
];

const url = (slug: string) => new URL(`lessons/${slug}/`, baseUrl).href;

/**
 * Serious axe findings on the page, less the contrast of the notebook's code theme inside cells
 * (.cell-source): that belongs to the Cell component and is reported to its owner, not hidden there.
 */
async function lessonAxeFindings(page: Page): Promise<string[]> {
  return (await axeFindings(page)).filter((line) => !(line.includes("color-contrast") && line.includes("cell-source")));
}

for (const lesson of lessons) {
  describe(`lesson ${lesson.slug}`, () => {
    it("loads with its hook and heading, every live figure wakes in view and answers its controls, with no serious axe finding and nothing that errs or fails to load", async () => {
      const { page, problems } = await openPage(browser(), url(lesson.slug));
      await expectLessonOpens(page, lesson.slug, lesson.heading);
      await lesson.interact(page);
      expect(await lessonAxeFindings(page)).toEqual([]);
      expect(problems).toEqual([]);
    });

    it("shows figures, math, a cell with its build-time output, questions and the glossary link with JavaScript off", async () => {
      const { page } = await openPage(browser(), url(lesson.slug), { javaScriptEnabled: false });
      await expectStaticLesson(page, url(lesson.slug), new URL("glossary/", baseUrl).href);
      // Lessons 1-3 quote no NaN and show no error in a build-time cell output.
      await expect(page.locator("article").innerText()).resolves.not.toMatch(/NaN/);
      await expect(buildTimeCells(page)).resolves.toMatchObject({ failed: 0 });
    });

    it("the exercise fails on its starter with a specific message, fails on a wrong answer, and passes on the model answer", async () => {
      const { page, problems } = await openPage(browser(), url(lesson.slug));
      const { title, failure, wrong } = lesson.exercise;
      await solveExercise(page, title, failure, wrong ? [wrong] : []);
      expect(problems).toEqual([]);
    });
  });
}

describe("glossary", () => {
  it("is reachable from the home page, has the notation table with an anchor per symbol and term, no serious axe finding and no errors", async () => {
    const { page, problems } = await openPage(browser(), baseUrl);
    await page.getByRole("link", { name: "Glossary and notation" }).click();
    await page.waitForURL(new URL("glossary/", baseUrl).href);
    await expect(page.getByRole("heading", { level: 1, name: "Glossary and notation" }).count()).resolves.toBe(1);
    const table = page.getByRole("table", { name: "Symbols, what they mean, and their shapes" });
    await expect(table.locator(".katex").count()).resolves.toBeGreaterThan(10);
    for (const id of ["l-q", "l-k", "d-model", "d-k", "d-v", "h", "kdim", "vdim", "w-q", "w-k", "w-v", "w-o", "query", "key", "value", "score", "weight", "memory", "mask", "head"]) {
      await expect(page.locator(`[id="${id}"]`).count(), `#${id}`).resolves.toBe(1);
    }
    await expect.poll(() => page.locator("#d-k").innerText()).toContain("query–key width");
    await expect.poll(() => page.locator("#memory").innerText()).toContain("final output");
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("a lesson's glossary link lands on the symbol's row, and the row links back to an existing lesson", async () => {
    // JavaScript off: following a link must not abort a figure's module fetch halfway, which would count as a failed request.
    const { page, problems } = await openPage(browser(), url("queries-keys-values"), { javaScriptEnabled: false });
    await page.locator('article a[href$="glossary/#l-q"]').click();
    await page.waitForURL(/glossary\/#l-q$/);
    const row = page.locator("tr#l-q");
    await expect(row.isVisible()).resolves.toBe(true);
    await row.getByRole("link", { name: "Queries, keys and values: where each comes from" }).click();
    await page.waitForURL(url("queries-keys-values"));
    expect(problems).toEqual([]);
  });
});
