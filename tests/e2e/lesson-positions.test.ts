import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeFigure as wake, solveExercise, expectStaticLesson, expectLessonOpens, messageOf } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("lessons/positions/", baseUrl).href;

describe("lesson positions", () => {
  it("loads with its hook and heading, every live figure wakes in view without an error, and nothing errs or fails to load", async () => {
    const { page, problems } = await openPage(browser(), url);
    await expectLessonOpens(page, "positions", /^Positions: where order comes from$/);
    expect(problems).toEqual([]);
  });

  it("shows its three figures as drawn SVG, math, cells with their build-time output, an exercise and its questions with JavaScript off", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    await expectStaticLesson(page, url, new URL("glossary/", baseUrl).href);
    for (const id of ["positions-permutation", "positions-sinusoidal", "positions-repeated"]) {
      await expect(page.locator(`figure#${id} [data-plots] svg`).count(), id).resolves.toBeGreaterThan(0);
    }
    // The permutation cell's build-time output: shuffling keys alone changes the output, together it does not.
    await expect.poll(() => page.locator('[data-cell="permutation"] [data-cell-output]').innerText()).toMatch(/keys shuffled alone: largest change\s*1\.\d+/);
  });

  it("the exercise fails on its starter, on wrong answers (i for 2i, a call to the core), and passes on the model answer", async () => {
    const { page, problems } = await openPage(browser(), url);
    await solveExercise(page, "Write the sinusoidal encodings", /^Not yet: encodePositions\(4, 6\) at row 0, column 1 is 0 but should be 1 \(within 1e-9\)$/, [
      {
        // Every column its own frequency: 10000^(c / dModel) instead of 10000^(2i / dModel).
        code: `function encodePositions(length, dModel) {
  return Array.from({ length }, (_, pos) => Array.from({ length: dModel }, (_, c) => {
    const angle = pos / Math.pow(10000, c / dModel);
    return c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
  }));
}`,
        failure: /^Not yet: encodePositions\(4, 6\) at row 1, column 1 is 0\.9769 but should be 0\.5403 \(within 1e-9\)$/,
      },
      {
        // The core's own function gives the right numbers, but the exercise is to write the formula.
        code: `function encodePositions(length, dModel) {
  return sinusoidalPositions(length, dModel);
}`,
        failure: /^Not yet: This exercise asks you to write the formula yourself with Math\.sin and Math\.cos; sinusoidalPositions is switched off here\.$/,
      },
      {
        code: `const encodePositions = 3;`,
        failure: /^Not yet: define a function named encodePositions\(length, dModel\)$/,
      },
    ]);
    expect(problems).toEqual([]);
  });
});

describe("lesson positions: the figures respond to their controls", () => {
  it("positions-permutation: keys and values together change nothing; keys alone change the output; queries shuffle its rows", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "positions-permutation");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toBe("Keys and values shuffled together: every query finds the same (key, value) pairs, so the output is unchanged (largest change 0.000).");
    const shuffle = figure.getByRole("combobox", { name: "Shuffle" });
    await shuffle.selectOption({ label: "Keys only" });
    await expect.poll(() => readout.innerText()).toMatch(/^Keys shuffled alone: each weight now lands on another token's value, so the output changes by up to 1\.\d{3}\.$/);
    await expect(figure.getByRole("img", { name: /^Attention weights after shuffling the keys alone \(reverse\)/ }).count()).resolves.toBe(1);
    await shuffle.selectOption({ label: "Queries" });
    await figure.getByRole("combobox", { name: "Order" }).selectOption({ label: "Move up by one" });
    await expect.poll(() => readout.innerText()).toBe("Queries shuffled: the output rows come out shuffled the same way; put back in order, the largest change is 0.000.");
    expect(problems).toEqual([]);
  });

  it("positions-sinusoidal: the readout follows d_model, and a p past the last position is refused next to the controls", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "positions-sinusoidal");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_model = 16 columns 0 and 1 repeat every 6\.28 positions and columns 14 and 15 every \d+ positions\. Next to position 6 the similarity is 0\.\d\d; the lowest in view is /);
    await figure.getByRole("combobox", { name: "Width d_model" }).selectOption("64");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_model = 64 columns 0 and 1 repeat every 6\.28 positions and columns 62 and 63 every \d+ positions\./);
    await expect(figure.getByRole("img", { name: /^Sinusoidal positional encodings, 24 positions by 64 columns/ }).count()).resolves.toBe(1);
    const p = figure.getByRole("slider", { name: "Position p" });
    await p.fill("30");
    // Refused beside the slider, which goes back to what the figure still shows.
    const message = await messageOf(p);
    await expect.poll(() => message.innerText()).toBe("Position p = 30 is past the last position, 23: positions count from 0 to length − 1. Move p below 24 or add positions. The figure still shows Position p = 6.");
    await expect(p.inputValue()).resolves.toBe("6");
    await expect(figure.locator("[data-plots] svg").count()).resolves.toBe(2);
    await figure.getByRole("slider", { name: "Positions" }).fill("32");
    await p.fill("30");
    await expect.poll(() => message.innerText()).toBe("");
    await expect.poll(() => readout.innerText()).toMatch(/Next to position 30 the similarity is 0\.\d\d; the lowest in view is −?\d\.\d\d\.$/);
    expect(problems).toEqual([]);
  });

  it("positions-repeated: without positions both “the” get the same weight; with them the query for “the 3” prefers “the 3”", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "positions-repeated");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^Without positions “the 0” and “the 3” are the same vector, so the query for “the 3” gives both (0\.\d\d): it cannot tell them apart\.$/);
    await figure.getByRole("checkbox", { name: "Add positional encodings to the memory and the queries" }).check();
    await expect.poll(() => readout.innerText()).toMatch(/^With positions, /);
    const text = await readout.innerText();
    const match = text.match(/^With positions, the query for “the 3” puts (0\.\d\d) on “the 0” and (0\.\d\d) on “the 3”; its largest weight is on “the 3”\.$/);
    expect(match, text).not.toBeNull();
    expect(Number(match![2])).toBeGreaterThan(Number(match![1]));
    await figure.getByRole("combobox", { name: "Follow the query for" }).selectOption({ label: "the 0" });
    await expect.poll(() => readout.innerText()).toMatch(/^With positions, the query for “the 0” puts .+; its largest weight is on “the 0”\.$/);
    expect(problems).toEqual([]);
  });
});
