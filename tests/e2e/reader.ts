import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * What a reader does on a lesson page, shared by the browser tests: replace the code in a cell or an
 * exercise, press Check, wake a live figure. Each waits on the page's own status hooks, never a timer.
 */

/**
 * Opens the editor of a cell or exercise (if closed) and replaces its code, as a reader pasting would;
 * `editLabel` is the Edit button's name in the page's language ("编辑" on Chinese pages).
 */
export async function replaceCode(page: Page, container: Locator, code: string, editLabel = "Edit"): Promise<void> {
  const edit = container.getByRole("button", { name: editLabel, exact: true });
  if (await edit.isVisible()) await edit.click();
  const editor = container.locator(".cm-content");
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** Presses an exercise's Check and waits for the run to end; returns the result line. */
export async function runCheck(exercise: Locator): Promise<string> {
  await exercise.getByRole("button", { name: "Check" }).click();
  await exercise.page().waitForFunction(
    (el) => ["done", "error", "stopped"].includes((el as HTMLElement).dataset.status ?? ""),
    await exercise.elementHandle(),
    { timeout: 20_000 },
  );
  return (await exercise.locator("[data-exercise-result]").innerText()).trim();
}

/** Scrolls the live figure `figure#id` into view and waits until its island has taken over. */
export async function wakeFigure(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`figure#${id}`);
  await figure.scrollIntoViewIfNeeded();
  await page.locator(`live-figure[data-ready='true']:has(figure#${id})`).waitFor({ timeout: 15_000 });
  return figure;
}

/** Scrolls the first `island` element (a custom element's tag, e.g. "stepper-figure") into view and waits until its code has mounted. */
export async function wakeIsland(page: Page, island: string): Promise<Locator> {
  const root = page.locator(island).first();
  await root.scrollIntoViewIfNeeded();
  await page.locator(`${island}[data-ready='true']`).first().waitFor();
  return root;
}

/**
 * Scrolls through every live figure of the page in order, waiting for each island to take over, as a
 * reader scrolling the whole lesson would; returns how many there are.
 */
export async function wakeAllFigures(page: Page): Promise<number> {
  const figures = page.locator("live-figure");
  const count = await figures.count();
  for (let n = 0; n < count; n++) {
    await figures.nth(n).scrollIntoViewIfNeeded();
    await figures.nth(n).locator("xpath=self::*[@data-ready='true']").waitFor({ timeout: 15_000 });
  }
  return count;
}

/**
 * What every lesson shows as it opens: its article hook, its one level-1 heading, at least two live
 * figures that wake as the reader scrolls to them, and none of them showing an error.
 */
export async function expectLessonOpens(page: Page, slug: string, heading: string | RegExp): Promise<void> {
  await expect(page.locator(`article[data-lesson="${slug}"]`).count()).resolves.toBe(1);
  await expect(page.getByRole("heading", { level: 1, name: heading }).count()).resolves.toBe(1);
  expect(await wakeAllFigures(page)).toBeGreaterThanOrEqual(2);
  await expect(page.locator("figure[data-figure] [data-error]:not([hidden])").count()).resolves.toBe(0);
}

/** A wrong answer to try on an exercise, and the message its check must fail with. */
export interface WrongAnswer {
  code: string;
  failure: RegExp;
}

/**
 * The round trip every exercise must pass: its check fails on the starter code with `failure`, on
 * each wrong answer with that answer's message, and passes on the model solution.
 */
export async function solveExercise(page: Page, title: string, failure: RegExp, wrongAnswers: readonly WrongAnswer[] = []): Promise<void> {
  const exercise = await findExercise(page, title);
  expect(await runCheck(exercise)).toMatch(failure);
  for (const wrong of wrongAnswers) {
    await replaceCode(page, exercise, wrong.code);
    expect(await runCheck(exercise)).toMatch(wrong.failure);
  }
  await expectSolutionPasses(page, exercise);
}

/** The exercise titled `title`, scrolled into view, once its controls are ready. */
export async function findExercise(page: Page, title: string): Promise<Locator> {
  const exercise = page.getByRole("region", { name: `Exercise: ${title}` });
  await exercise.scrollIntoViewIfNeeded();
  await exercise.locator("[data-cell-controls]:not([hidden])").waitFor();
  return exercise;
}

/** Pastes the exercise's own model solution (behind "Show solution") and expects Check to pass. */
export async function expectSolutionPasses(page: Page, exercise: Locator): Promise<void> {
  const solution = (await exercise.locator("[data-solution] pre").textContent()) ?? "";
  expect(solution.length).toBeGreaterThan(0);
  await replaceCode(page, exercise, solution);
  expect(await runCheck(exercise)).toBe("Correct! Every check passed.");
}

/**
 * What a lesson shows with JavaScript off: at least two drawn figures, typeset math, no raw "$$",
 * cells with their build-time output, an exercise, three or more questions, and a working link to
 * the glossary (resolved against the lesson's own address, so it holds under any base path).
 */
export async function expectStaticLesson(page: Page, lessonUrl: string, glossaryUrl: string): Promise<void> {
  await expect(page.locator("figure[data-figure] svg").count()).resolves.toBeGreaterThanOrEqual(2);
  await expect(page.locator(".katex").count()).resolves.toBeGreaterThan(0);
  await expect(page.locator("article").innerText()).resolves.not.toMatch(/\$\$|undefined/);
  await expect(page.locator("[data-cell]").count()).resolves.toBeGreaterThan(0);
  const outputs = await page.locator("[data-cell] [data-cell-output]").allInnerTexts();
  expect(outputs.every((text) => text.trim().length > 0)).toBe(true);
  await expect(page.locator("[data-exercise]").count()).resolves.toBeGreaterThan(0);
  await expect(page.locator("[data-question]").count()).resolves.toBeGreaterThanOrEqual(3);
  const glossary = await page.locator('article a[href*="glossary/"]').first().getAttribute("href");
  expect(new URL(glossary!, lessonUrl).pathname).toBe(new URL(glossaryUrl).pathname);
}

/** A correct, max-subtracting answer to the overview lesson's "Normalise the scores" exercise, written by hand. */
export const stableSoftmaxByHand = `function softmaxRowsByHand(scores: Matrix): Matrix {
  const out = zeros(scores.rows, scores.cols);
  for (let i = 0; i < scores.rows; i++) {
    const row = Array.from(scores.data.subarray(i * scores.cols, (i + 1) * scores.cols));
    const max = Math.max(...row);
    const exps = row.map((x) => Math.exp(x - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, j) => (out.data[i * scores.cols + j] = e / sum));
  }
  return out;
}`;

/** With JavaScript off, each of the figures `ids` shows its build-time drawing (`drawing` inside it) and a readout. */
export async function expectStaticFigures(page: Page, ids: readonly string[], drawing = "svg[aria-label]"): Promise<void> {
  for (const id of ids) {
    const figure = page.locator(`figure#${id}`);
    await expect(figure.locator(drawing).count(), id).resolves.toBeGreaterThan(0);
    await expect(figure.locator("[data-readout]").innerText(), id).resolves.not.toBe("");
  }
}

/** A figure control's own message line (the last element it is described by): where a moved or refused value is explained. */
export function messageOf(control: Locator): Promise<Locator> {
  return control.evaluate((el) => (el.getAttribute("aria-describedby") ?? "").split(/\s+/).pop()!).then((id) => control.page().locator(`[id="${id}"]`));
}

/**
 * The build-time outputs of the page's cells (in the HTML, as a reader without JavaScript sees them),
 * and how many cells ended in an error of their own. An error a cell catches and shows on purpose
 * (the misconceptions lesson shows the core's refusal) is output, not a failure.
 */
export async function buildTimeCells(page: Page): Promise<{ outputs: string[]; failed: number }> {
  const outputs = await page.locator("[data-cell] [data-cell-output]").allInnerTexts();
  const failed = await page.locator("[data-cell] [data-cell-output] .cell-entry-error").count();
  return { outputs, failed };
}
