import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { expectLessonOpens, expectStaticLesson, solveExercise, wakeAllFigures, wakeFigure as wake, expectStaticFigures } from "./reader";
import { axeFindings } from "./crawl/axeFindings";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("lessons/decoder-block/", baseUrl).href;
const figures = ["decoder-block", "decoder-stream-norm"];

/** The numbers a readout states after `label`, e.g. "grows from 1.27 to 2.09" -> [1.27, 2.09]. */
const numbersAfter = (text: string, label: RegExp) => (text.match(label) ?? []).slice(1).map(Number);

describe("lesson decoder-block", () => {
  it("loads with its hook and heading, both live figures wake in view without an error, and nothing errs or fails to load", async () => {
    const { page, problems } = await openPage(browser(), url);
    await expectLessonOpens(page, "decoder-block", /^The decoder block: where cross-attention sits$/);
    await expect(page.locator("live-figure").count()).resolves.toBe(figures.length);
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("shows both figures as SVG with a readout, the diagram's sublayers in its accessible name, math, cells with their build-time output, an exercise and questions with JavaScript off", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    await expectStaticLesson(page, url, new URL("glossary/", baseUrl).href);
    await expectStaticFigures(page, figures);
    const diagram = page.getByRole("img", { name: /^Block diagram of decoder layer 1 of 6, post-norm/ });
    await expect(diagram.getAttribute("aria-label")).resolves.toMatch(/masked self-attention, add the residual, LayerNorm 1; then cross-attention .*; then feed-forward network, add the residual, LayerNorm 3; after the last layer, a final LayerNorm\. Highlighted: cross-attention\.$/);
    // The steps table, the diagram's text alternative, is in the page (inside the closed "Show the numbers").
    await expect(page.locator("figure#decoder-block table caption").first().textContent()).resolves.toMatch(/what it reads and what it writes$/);
    // The stack cell ran at build time: one line per arrangement.
    await expect.poll(() => page.locator("[data-cell='decoder-stack-rms'] [data-cell-output]").innerText()).toMatch(/post-norm: RMS of the stream[^\n]*\n+pre-norm: {2}RMS of the stream/);
  });

  it("decoder-block: the layer norm and the sublayer change what the figure says, draws and highlights", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "decoder-block");
    const readout = figure.locator("[data-readout]");
    const diagram = figure.locator("svg[aria-label^='Block diagram']");
    await expect.poll(() => readout.innerText()).toMatch(
      /^Decoder layer 1, post-norm: y = LN\(x \+ f\(x\)\)\. The cross-attention: its queries come from the stream after masked self-attention; its keys and values from the encoder's memory, 4 × 8 \(Lk × d_model\), the same in every layer\.$/,
    );
    await expect(figure.getByRole("img", { name: /^Head 1 of 2: cross-attention weights of decoder layer 1/ }).count()).resolves.toBe(1);

    await figure.getByRole("combobox", { name: "Layer norm" }).selectOption("pre");
    await expect.poll(() => readout.innerText()).toMatch(/^Decoder layer 1, pre-norm: y = x \+ f\(LN\(x\)\)\. The cross-attention: its queries come from LayerNorm 2 of the stream after masked self-attention;/);
    await expect(diagram.getAttribute("aria-label")).resolves.toMatch(/pre-norm: y = x \+ f\(LN\(x\)\): LayerNorm 1, masked self-attention, add the residual; then LayerNorm 2, cross-attention/);
    await expect.poll(() => figure.locator("dd").nth(1).innerText()).toMatch(/^LayerNorm 2 of x: 6 × 8/);

    await figure.getByRole("combobox", { name: "Sublayer" }).selectOption("selfAttention");
    await expect.poll(() => readout.innerText()).toMatch(/The masked self-attention: its queries, keys and values all come from LayerNorm 1 of the target embeddings plus positions, and position i sees positions 1 to i only\.$/);
    await expect(diagram.getAttribute("aria-label")).resolves.toMatch(/Highlighted: masked self-attention\.$/);
    // Causal: the first query ("<bos>") gives all its weight to itself.
    const first = figure.getByRole("img", { name: /^Head 1 of 2: masked self-attention weights/ });
    await expect(first.locator("[aria-label^='<bos> → <bos>']").getAttribute("aria-label")).resolves.toBe("<bos> → <bos>: 1.00");

    await figure.getByRole("combobox", { name: "Sublayer" }).selectOption("feedForward");
    await expect.poll(() => readout.innerText()).toMatch(/The feed-forward network: it reads each position's row alone \(8 → 32 → 8 numbers\); no attention, no memory\.$/);
    await expect(figure.getByRole("img", { name: /^Output of the feed-forward sublayer of decoder layer 1, pre-norm/ }).count()).resolves.toBe(1);
    await expect(figure.getByRole("img", { name: /^Head 1 of 2/ }).count()).resolves.toBe(0);

    // Another layer reads the same memory: the same 4 × 8 matrix, named the same way.
    await figure.getByRole("combobox", { name: "Sublayer" }).selectOption("crossAttention");
    await figure.getByRole("combobox", { name: "Decoder layer" }).selectOption("4");
    await expect.poll(() => readout.innerText()).toMatch(/^Decoder layer 4, pre-norm: .*keys and values from the encoder's memory, 4 × 8 \(Lk × d_model\), the same in every layer\.$/);
    await expect.poll(() => figure.locator("dd").nth(0).innerText()).toMatch(/^the stream after masked self-attention: 6 × 8/);
    await expect(figure.locator("[data-error]:not([hidden])").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("decoder-stream-norm: post-norm stays at 1.00, pre-norm grows until the final LayerNorm, deeper stacks and single positions included", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "decoder-stream-norm");
    const readout = figure.locator("[data-readout]");
    const sixLayers = await readout.innerText();
    expect(sixLayers).toMatch(/^6 layers, mean over the target positions: post-norm's stream has row RMS 1\.00 after every sublayer/);
    const [from, to, final] = numbersAfter(sixLayers, /grows from ([\d.]+) to ([\d.]+) .* back to ([\d.]+)\.$/);
    expect(to).toBeGreaterThan(from);
    expect(final).toBe(1);

    await figure.getByRole("slider", { name: "Decoder layers" }).fill("12");
    await expect.poll(() => readout.innerText()).toMatch(/^12 layers, mean over the target positions: post-norm's stream has row RMS 1\.00 after every sublayer/);
    const [from12, to12] = numbersAfter(await readout.innerText(), /grows from ([\d.]+) to ([\d.]+)/);
    expect(from12).toBe(from);
    expect(to12).toBeGreaterThan(to);

    await figure.getByRole("combobox", { name: "Target position" }).selectOption({ label: "3: black" });
    await expect.poll(() => readout.innerText()).toMatch(/^12 layers, position 3 \(“black”\): post-norm's stream has row RMS 1\.00/);
    await expect(figure.getByRole("img", { name: /^Row RMS of the decoder's residual stream, position 3/ }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("the exercise fails on the starter, on swapped arrangements and on a pre-norm that adds the normalised x, and passes on the model answer", async () => {
    const { page, problems } = await openPage(browser(), url);
    await solveExercise(page, "Post-norm and pre-norm sublayers", /^Not yet: postNormSublayer called f 0 times; a sublayer runs f exactly once$/, [
      {
        code: `function postNormSublayer(x, f, gamma, beta) {
  return add(x, f(layerNorm(x, gamma, beta).output));
}
function preNormSublayer(x, f, gamma, beta) {
  return layerNorm(add(x, f(x)), gamma, beta).output;
}`,
        failure: /^Not yet: postNormSublayer: what f received \(it should be x itself\) at row \d, column \d is .+ but should be .+ \(within 1e-9\)$/,
      },
      {
        code: `function postNormSublayer(x, f, gamma, beta) {
  return layerNorm(add(x, f(x)), gamma, beta).output;
}
function preNormSublayer(x, f, gamma, beta) {
  const n = layerNorm(x, gamma, beta).output;
  return add(n, f(n));
}`,
        failure: /^Not yet: preNormSublayer\(x, f, gamma, beta\), which should be x \+ f\(LN\(x\)\) at row \d, column \d is .+ but should be .+ \(within 1e-9\)$/,
      },
    ]);
    expect(problems).toEqual([]);
  });

  it("at 360 px nothing scrolls the page sideways, with every figure awake", async () => {
    const { page, problems } = await openPage(browser(), url);
    await page.setViewportSize({ width: 360, height: 800 });
    await wakeAllFigures(page);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(problems).toEqual([]);
  });
});
