import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { solveExercise, expectLessonOpens, buildTimeCells } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** Lessons 7-10, each with its exercises and the message its starter code must fail with. */
const lessons: { slug: string; heading: RegExp; exercises: { title: string; failure: RegExp }[] }[] = [
  {
    slug: "multi-head",
    heading: /Multi-head cross-attention/,
    exercises: [{ title: "Write multi-head cross-attention", failure: /^Not yet: your output with h = 1, dModel = 4, kdim = 4 at row 0, column 0 is .+ but should be .+/ }],
  },
  {
    slug: "in-the-wild",
    heading: /Cross-attention in the wild/,
    exercises: [{ title: "Make the weights fit the data", failure: /^Not yet: with Lq = 4, Lk = 64, dModel = 8, kdim = 3 the core refused your layer: multiHeadCrossAttention: wk is 8x8 but it must be 3x8/ }],
  },
  {
    slug: "build-it-yourself",
    heading: /Build it yourself/,
    exercises: [
      { title: "Write scaled dot-product attention", failure: /^Not yet: on trial 1 \(Q 2x2, K 3x2, V 3x2\) your output is 2x3 but it should be 2x2 \(Lq x dv\)/ },
      { title: "Add a key padding mask", failure: /^Not yet: row 0 of your weights \(Lq = 3, Lk = 5, keyLength = 3\) sums to 0\.\d+, not 1/ },
      { title: "Split and merge heads", failure: /^Not yet: splitHeads\(X, 2\) should return 2 matrices but returned 1/ },
    ],
  },
  {
    slug: "misconceptions",
    heading: /Misconceptions and a debugging lab/,
    exercises: [
      { title: "Fix the crossed projections", failure: /^Not yet: wq with query_dim 6, key_dim 10, attn_dim 8 is 6x10 but should be 6x8/ },
      { title: "Add heads and a padding mask", failure: /^Not yet: your output with 2 heads and keyLength 4 of 6 at row 0, column 0 is .+ but should be .+/ },
    ],
  },
];

const url = (slug: string) => new URL(`lessons/${slug}/`, baseUrl).href;

for (const lesson of lessons) {
  describe(`lesson ${lesson.slug}`, () => {
    // One page for both, since opening a lesson and waking its figures is the slow part.
    it("loads with its hook and no console errors or failed requests; figures redraw in view; each exercise fails on its starter with a specific message and passes on the model answer", async () => {
      const { page, problems } = await openPage(browser(), url(lesson.slug));
      await expectLessonOpens(page, lesson.slug, lesson.heading);
      if (lesson.slug === "multi-head") {
        // One weight map per head: choosing 4 heads draws 4 maps, and the readout names 4 heads.
        const heads = page.locator("figure#multihead-heads");
        await heads.getByRole("combobox", { name: "Heads h" }).selectOption("4");
        await expect(heads.locator("[data-plots] svg[aria-label^='Head ']").count()).resolves.toBe(4);
        await expect.poll(() => heads.locator("[data-readout]").innerText()).toMatch(/^With h = 4 heads of d_k = 2/);
      }
      for (const { title, failure } of lesson.exercises) await solveExercise(page, title, failure);
      expect(problems).toEqual([]);
    });

    it("shows figures, math and cells with JavaScript turned off", async () => {
      const { page } = await openPage(browser(), url(lesson.slug), { javaScriptEnabled: false });
      await expect(page.locator("figure[data-figure] svg").count()).resolves.toBeGreaterThanOrEqual(2);
      await expect(page.locator(".katex").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator("[data-cell]").count()).resolves.toBeGreaterThan(0);
      // Every cell ran at build time without an error of its own: its first output is in the HTML.
      const { outputs, failed } = await buildTimeCells(page);
      expect(outputs.every((text) => text.trim().length > 0)).toBe(true);
      expect(failed).toBe(0);
    });

  });
}

describe("lesson misconceptions links", () => {
  it("links each misconception to its lesson under the site's base path", async () => {
    const { page } = await openPage(browser(), url("misconceptions"), { javaScriptEnabled: false });
    for (const slug of ["queries-keys-values", "masking", "multi-head", "why-scale", "scores"]) {
      const href = await page.locator(`article a[href$="lessons/${slug}/"]`).first().getAttribute("href");
      expect(new URL(href!, url("misconceptions")).href).toBe(url(slug));
    }
  });
});
