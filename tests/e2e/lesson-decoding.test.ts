import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { LabCheckpoint } from "../../src/train/labCheckpoint";
import { labDataset, labProbes } from "../../src/train/labDataset";
import { axeFindings } from "./crawl/axeFindings";
import { openPage } from "./browser";
import { expectLessonOpens, expectStaticFigures, expectStaticLesson, solveExercise, wakeAllFigures, wakeFigure } from "./reader";
import { useBrowser } from "./useBrowser";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("lessons/decoding/", baseUrl).href;
const figures = ["decoding-cache-memory", "decoding-cross-cost"];
const checkpoint = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../src/train/checkpoint/default.json"), "utf8")) as LabCheckpoint;

// The checkpoint's sizes read from its parameters, not from the code under test: d_model is the
// width of a cross-attention W_K, and the decoder has one such matrix per layer.
const wk = Object.keys(checkpoint.params).filter((name) => /^decoder\.\d+\.crossAttention\.wk$/.test(name));
const dModel = checkpoint.params[wk[0]].cols;
const layers = wk.length;
const probe = labProbes(labDataset())[0];
const count = (n: number) => n.toLocaleString("en-US");

/** Scrolls to the step-by-step panel and waits until its island has taken over. */
async function wakePanel(page: Page) {
  const panel = page.locator("figure#decoding-steps");
  await panel.scrollIntoViewIfNeeded();
  await page.locator("translate-panel[data-ready='true']").waitFor({ timeout: 30_000 });
  return panel;
}

describe("lesson decoding", () => {
  it("loads with its hook and heading, its live figures and the decoding panel wake without an error, and nothing errs or fails to load", async () => {
    const { page, problems } = await openPage(browser(), url);
    await expectLessonOpens(page, "decoding", /^Decoding and the cross-attention cache$/);
    await expect(page.locator("live-figure").count()).resolves.toBe(figures.length);
    await wakePanel(page);
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("with JavaScript off: both figures drawn with readouts, the checkpoint's decode step by step, the saving stated as the formula gives it, and the cell's build-time output", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    await expectStaticLesson(page, url, new URL("glossary/", baseUrl).href);
    await expectStaticFigures(page, figures);
    const panel = page.locator("figure#decoding-steps");
    await expect.poll(() => panel.locator("[data-translation]").innerText()).toBe(probe.french.join(" "));
    // One row per French word and one for <eos>; each row's words so far are the words chosen before it.
    const rows = panel.locator("table.decoding-steps tbody tr");
    await expect(rows.count()).resolves.toBe(probe.french.length + 1);
    await expect.poll(() => rows.nth(2).innerText()).toMatch(new RegExp(`^3\\t<bos> ${probe.french.slice(0, 2).join(" ")}\\t${probe.french[2]}\\t`));
    await expect.poll(() => rows.last().innerText()).toMatch(/\t<eos>\t/);
    await expect(panel.locator("[data-decoding] svg").count()).resolves.toBe(checkpoint.settings.heads + 1);
    // (T - 1) x N x 2 Lk d² with T = the French words and <eos>, Lk = the English words.
    const saved = probe.french.length * layers * 2 * probe.english.length * dModel * dModel;
    const held = 2 * layers * probe.english.length * dModel;
    await expect.poll(() => page.locator("article").innerText()).toContain(`${count(saved)} saved, for ${count(held)} numbers held`);
    const cell = page.locator("[data-cell='cross-cache'] [data-cell-output]");
    await expect.poll(() => cell.innerText()).toMatch(/with the cache: tokens ([\d ]+); K and V projected 1 times/);
  });

  it("the cell decodes with and without the cache: the same tokens, 1 projection against one per step", async () => {
    const { page, problems } = await openPage(browser(), url);
    const cell = page.getByRole("region", { name: "Decode with and without the cross-attention cache", exact: true });
    await cell.scrollIntoViewIfNeeded();
    await cell.getByRole("button", { name: "Run" }).click();
    await page.waitForFunction((el) => (el as HTMLElement).dataset.status === "done", await cell.elementHandle(), { timeout: 60_000 });
    const output = await cell.locator("[data-cell-output]").innerText();
    const withCache = /with the cache: tokens ([\d ]+); K and V projected (\d+) times, (\d+) multiply-adds/.exec(output);
    const without = /without it: tokens ([\d ]+); K and V projected (\d+) times, (\d+) multiply-adds/.exec(output);
    expect(withCache, output).not.toBeNull();
    expect(without, output).not.toBeNull();
    expect(without![1]).toBe(withCache![1]);
    const steps = withCache![1].split(" ").length - 1; // the tokens after <bos>
    expect(Number(withCache![2])).toBe(1);
    expect(Number(without![2])).toBe(steps);
    expect(Number(without![3])).toBe(steps * Number(withCache![3]));
    expect(output).toMatch(/sameTokens:?\s*true/);
    expect(problems).toEqual([]);
  });

  it("the exercise fails on the starter and on counting every step as saved, and passes on the model answer", async () => {
    const { page, problems } = await openPage(browser(), url);
    await solveExercise(page, "What the cross-attention cache holds and saves", /^Not yet: with 1 layer, L_k = 7, d_model = 32 and 8 steps, the cache holds [\d,]+ numbers, not 0$/, [
      {
        code: `function crossCache(layers: number, Lk: number, dModel: number, steps: number) {
  return { numbers: 2 * layers * Lk * dModel, savedMultiplyAdds: steps * layers * 2 * Lk * dModel * dModel };
}`,
        failure: /^Not yet: with 1 layer, L_k = 7, d_model = 32 and 8 steps, the cache saves [\d,]+ multiply-adds, not [\d,]+$/,
      },
      {
        code: `function crossCache(layers: number, Lk: number, dModel: number, steps: number) {
  return { numbers: layers * Lk * dModel, savedMultiplyAdds: (steps - 1) * layers * 2 * Lk * dModel * dModel };
}`,
        failure: /^Not yet: with 1 layer, L_k = 7, d_model = 32 and 8 steps, the cache holds [\d,]+ numbers, not [\d,]+$/,
      },
    ]);
    expect(problems).toEqual([]);
  });

  it("the decoding panel translates a typed sentence with the checkpoint step by step; an unknown word gets an alert naming it", async () => {
    const { page, problems } = await openPage(browser(), url);
    const panel = await wakePanel(page);
    await expect(panel.getByRole("combobox", { name: "Translate with" }).count()).resolves.toBe(0);
    const input = panel.getByRole("textbox", { name: "Sentence to translate" });
    await input.fill("a grey dog follows the red car");
    await input.press("Enter");
    // The grammar's French: colours after the noun, articles in the noun's gender.
    await expect.poll(() => panel.locator("[data-translation]").innerText(), { timeout: 60_000 }).toBe("un chien gris suit la voiture rouge");
    await expect(panel.locator("table.decoding-steps tbody tr").count()).resolves.toBe(8);
    await expect.poll(() => panel.locator("[data-decoding-readout]").innerText()).toBe(
      "“a grey dog follows the red car” → “un chien gris suit la voiture rouge” in 8 steps, the last choosing the end token.",
    );
    await input.fill("a purple dog");
    await panel.getByRole("button", { name: "Translate" }).click();
    // In the reader's words, without the core's operation name (the panel's messages live in trainerText.ts).
    await expect.poll(() => panel.getByRole("alert").innerText()).toMatch(/^“purple” is not in the model's English vocabulary; the known words are: /);
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(input.inputValue()).resolves.toBe("a purple dog");
    expect(problems).toEqual([]);
  });

  it("the figures follow their controls: the step moves the self-attention cache, the model and the source length change the cost", async () => {
    const { page, problems } = await openPage(browser(), url);
    const memory = await wakeFigure(page, "decoding-cache-memory");
    const memoryReadout = memory.locator("[data-readout]");
    await memory.getByRole("slider", { name: "Decoding step t" }).fill("3");
    await expect.poll(() => memoryReadout.innerText()).toMatch(new RegExp(`^At step 3 the self-attention cache holds 3 rows of K and V per layer: ${count(2 * layers * 3 * dModel)} numbers\\.`));
    await memory.getByRole("slider", { name: "Beams k (1: greedy)" }).fill("4");
    await expect.poll(() => memoryReadout.innerText()).toMatch(new RegExp(`per layer and beam \\(4 beams\\): ${count(4 * 2 * layers * 3 * dModel)} numbers\\. .*shared by every beam: ${count(2 * layers * 7 * dModel)} numbers\\.$`));

    const cost = await wakeFigure(page, "decoding-cross-cost");
    const costReadout = cost.locator("[data-readout]");
    await cost.getByRole("combobox", { name: "Model" }).selectOption("base");
    // The 2017 base model: 6 layers of d_model 512; 8 steps over 7 source tokens save 7 x 6 x 2 x 7 x 512².
    await expect.poll(() => costReadout.innerText()).toMatch(new RegExp(`once per layer \\(6 layers\\) .*The cache saves ${count(7 * 6 * 2 * 7 * 512 * 512)} and holds ${count(2 * 6 * 7 * 512)} numbers\\.$`));
    const source = cost.getByRole("slider", { name: "Source tokens L_k" });
    await source.focus();
    await page.keyboard.press("ArrowRight");
    // Redraws are coalesced per frame, so wait for the next one rather than reading at once.
    await expect.poll(() => costReadout.innerText()).toMatch(/^Decoding 8 tokens from 8 source tokens:/);
    await expect(page.locator("figure[data-figure] [data-error]:not([hidden])").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("at 360 px nothing scrolls the page sideways, with every figure and the panel awake", async () => {
    const { page, problems } = await openPage(browser(), url);
    await page.setViewportSize({ width: 360, height: 800 });
    await wakeAllFigures(page);
    await wakePanel(page);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(problems).toEqual([]);
  });
});
