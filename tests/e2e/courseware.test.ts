import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { expectSolutionPasses, findExercise } from "./reader";
import { pdfPages } from "./course/pdfPages";
import { exerciseIds } from "../../src/notebook/exerciseIds";

/**
 * The course features of issue 17: a progress report round trip from a lesson through the reader's
 * progress page to the instructors' class page, with every kind of bad file; projector mode; the
 * course as one printed document.
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = (path: string) => new URL(path, baseUrl).href;
const overview = url("lessons/scaled-dot-product-cross-attention/");
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "courseware-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Entry {
  lesson: string;
  exercise: string;
  passed: boolean;
  at?: string;
  code?: string;
}
interface Report {
  format: string;
  course: string;
  reader: string;
  exercises: Entry[];
}

describe("progress reports", () => {
  let reportFile: string;
  let report: Report;
  let solution: string;

  it("an exercise passed on a lesson shows on the progress page, which downloads a report only once the reader gives a name", async () => {
    // The build's list of exercises (which the class page reads) holds every <Exercise> of every lesson.
    const listed = ((await (await fetch(url("exercises.json"))).json()) as { exercises: unknown[] }).exercises.length;
    const lessonsDir = join(import.meta.dirname, "../../content/lessons");
    const inSources = (await Promise.all((await readdir(lessonsDir)).filter((f) => f.endsWith(".mdx")).map(async (f) => exerciseIds(await readFile(join(lessonsDir, f), "utf8")).length))).reduce((a, b) => a + b, 0);
    expect(listed).toBe(inSources);
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(overview);
    const exercise = await findExercise(page, "Normalise the scores");
    solution = (await exercise.locator("[data-solution] pre").textContent()) ?? "";
    await expectSolutionPasses(page, exercise);

    await page.goto(url("progress/"));
    const row = page.getByRole("row", { name: /Normalise the scores/ });
    await expect.poll(() => row.getByRole("cell").last().innerText()).toMatch(/^Passed /);
    await expect(page.getByText(`You have passed 1 of ${listed} exercises in this browser.`).count()).resolves.toBe(1);

    const download = page.getByRole("button", { name: "Download progress report" });
    await download.click();
    const name = page.getByLabel("Your name, as your instructor knows you");
    await expect(page.getByText("Type your name first: your instructor's class table lists reports by name.").isVisible()).resolves.toBe(true);
    await expect(name.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("reader-name");

    await name.fill("Ada Lovelace");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^progress-ada-lovelace-\d{4}-\d{2}-\d{2}\.json$/);
    reportFile = join(folder, file.suggestedFilename());
    await file.saveAs(reportFile);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Downloaded" }).innerText()).toMatch(new RegExp(`: 1 of ${listed} exercises passed\\.$`));
    await context.close();

    report = JSON.parse(await readFile(reportFile, "utf8")) as Report;
    expect(report.reader).toBe("Ada Lovelace");
    expect(report.course).toBe("cross-attention-cell-by-cell");
    expect(report.exercises).toHaveLength(listed);
    const passed = report.exercises.filter((e) => e.passed);
    expect(passed.map((e) => `${e.lesson}/${e.exercise}`)).toEqual(["scaled-dot-product-cross-attention/rows-sum"]);
    expect(passed[0].code!.replace(/\s+/g, "")).toBe(solution.replace(/\s+/g, ""));
    expect(Number.isNaN(Date.parse(passed[0].at!))).toBe(false);
    expect(report.exercises.filter((e) => !e.passed).every((e) => e.code === undefined)).toBe(true);
  });

  it("the class page reads the report: the reader's row shows the pass, the re-check passes, and the answer opens in a dialog", async () => {
    const { page, problems } = await openPage(browser(), url("instructors/class/"));
    await expect(page.getByText("evidence of work, not proof", { exact: false }).count()).resolves.toBeGreaterThan(0);
    await page.getByLabel("Progress reports (JSON files)").setInputFiles(reportFile);
    await page.getByRole("status").filter({ hasText: "Re-checked 1 answer: 1 pass, 0 fail." }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole("rowheader", { name: /Ada Lovelace/ }).count()).resolves.toBe(1);
    const show = page.getByRole("button", { name: "Show answer: Ada Lovelace, Normalise the scores" });
    await expect.poll(() => show.locator("xpath=ancestor::td").innerText()).toMatch(/^Passed .+\nRe-check passes\n/);
    await expect(page.getByRole("cell", { name: "Not passed", exact: true }).count()).resolves.toBe(report.exercises.length - 1);

    await show.click();
    const dialog = page.getByRole("dialog", { name: "Ada Lovelace: Normalise the scores (Overview)" });
    await expect.poll(() => dialog.innerText()).toContain("Re-check in this browser: Correct! Every check passed.");
    await expect(dialog.locator("code").innerText().then((code) => code.replace(/\s+/g, ""))).resolves.toBe(solution.replace(/\s+/g, ""));
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(show.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Files and answers not accepted" }).isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it("the class page names each bad file with its reason (not JSON, another course, an unknown exercise, an answer that no longer passes) and keeps everything else", async () => {
    const write = async (name: string, text: string) => {
      await writeFile(join(folder, name), text);
      return join(folder, name);
    };
    const starter = "function softmaxRowsByHand(scores: Matrix): Matrix {\n  return zeros(scores.rows, scores.cols);\n}";
    const withAnswer = (code: string) => report.exercises.map((e) => (e.passed ? { ...e, code } : e));
    const files = [
      await write("notes.json", "these are my notes, not a report"),
      await write("other-course.json", JSON.stringify({ ...report, course: "another-course" })),
      await write("unknown.json", JSON.stringify({ ...report, reader: "Grace Hopper", exercises: [...report.exercises, { lesson: "scores", exercise: "no-such-exercise", passed: false }] })),
    ];
    const stale = JSON.stringify({ ...report, reader: "Alan Turing", exercises: withAnswer(starter) });

    const { page, problems } = await openPage(browser(), url("instructors/class/"));
    await page.getByLabel("Progress reports (JSON files)").setInputFiles(files);
    // The fourth file is dropped on the box, as from a file manager.
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "stale.json", { type: "application/json" }));
      return transfer;
    }, stale);
    await page.getByRole("group", { name: "Open progress reports" }).dispatchEvent("drop", { dataTransfer: drop });
    await page.getByRole("status").filter({ hasText: "Re-checked 2 answers: 1 pass, 1 fail." }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: "Read 2 reports; 2 files not accepted." }).count()).resolves.toBe(1);

    const listed = await page.getByRole("region", { name: "Files and answers not accepted" }).getByRole("listitem").allInnerTexts();
    expect(listed).toHaveLength(4);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^notes\.json: not a JSON file \(.+\)$/),
        'other-course.json: a report for another course ("another-course"); this page reads reports of "cross-attention-cell-by-cell"',
        'unknown.json: unknown exercise "scores/no-such-exercise": this course has no such exercise (renamed, or from another version); it is left out',
        `stale.json: Alan Turing's answer to "Normalise the scores" (Overview) no longer passes the check: Not yet: row 0 of your result sums to 0, not 1`,
      ]),
    );
    // Nothing else is lost: the report with the unknown exercise still shows its pass, re-checked.
    await expect.poll(() => page.getByRole("button", { name: "Show answer: Grace Hopper, Normalise the scores" }).locator("xpath=ancestor::td").innerText()).toContain("Re-check passes");
    await expect.poll(() => page.getByRole("button", { name: "Show answer: Alan Turing, Normalise the scores" }).locator("xpath=ancestor::td").innerText()).toContain("Re-check fails");
    await expect(page.getByRole("rowheader").count()).resolves.toBe(2);
    expect(problems).toEqual([]);
  });
});

/** The projector bar's announcement. */
const announced = (page: Page) => page.getByRole("navigation", { name: "Projector mode" }).getByRole("status").innerText();

/** The one block shown in projector mode: its tag and accessible name or caption. */
const shownBlocks = (page: Page) =>
  page.locator("article.lesson").evaluate((article) =>
    [...article.querySelectorAll<HTMLElement>(".lesson-header, figure[data-figure], section[data-cell], section[data-exercise]")].filter((el) => el.checkVisibility()).map((el) => el.tagName.toLowerCase()),
  );

describe("projector mode", () => {
  it("?present=1 shows one slide at a time without the site's chrome; arrows and PageUp/PageDown move, the URL keeps the slide, and the slide takes focus", async () => {
    const { page, problems } = await openPage(browser(), `${overview}?present=1`);
    await expect(announced(page)).resolves.toMatch(/^Slide 1 of \d+\. Title: Scaled dot-product cross-attention on one page$/);
    const total = Number((await announced(page)).match(/of (\d+)/)![1]);
    await expect(shownBlocks(page)).resolves.toEqual(["header"]);
    for (const chrome of [".site-header", ".site-footer", "nav[aria-label='Lessons']"]) await expect(page.locator(chrome).isVisible(), chrome).resolves.toBe(false);

    await page.keyboard.press("ArrowRight");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^Slide 2 of ${total}\\. Figure: `));
    expect(new URL(page.url()).searchParams.get("slide")).toBe("2");
    await expect(shownBlocks(page)).resolves.toEqual(["figure"]);
    await expect(page.evaluate(() => document.activeElement?.matches("figure[data-figure]"))).resolves.toBe(true);

    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^Slide 4 of ${total}\\. Walkthrough stage 2 of \\d+: `));
    // The walkthrough's island wakes when its slide shows, then takes the stage.
    await page.getByRole("heading", { name: /^Stage 2:/ }).waitFor();
    await page.keyboard.press("PageUp");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^Slide 3 of ${total}\\. Walkthrough stage 1 of `));
    await page.getByRole("heading", { name: /^Stage 1:/ }).waitFor();
    await expect(page.getByRole("heading", { name: /^Stage 2:/ }).isVisible()).resolves.toBe(false);
    await page.keyboard.press("End");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^Slide ${total} of ${total}\\. `));
    await expect(shownBlocks(page)).resolves.toHaveLength(1);
    await page.keyboard.press("Home");
    await expect(announced(page)).resolves.toMatch(/^Slide 1 of /);
    expect(problems).toEqual([]);
  });

  it("a walkthrough stage's address reopens at the same slide and stage; Escape leaves with the block focused and the page whole", async () => {
    const { page } = await openPage(browser(), `${overview}?present=1`);
    await expect(announced(page)).resolves.toMatch(/^Slide 1 of /);
    for (let n = 0; n < 6; n++) await page.keyboard.press("ArrowRight");
    await expect(announced(page)).resolves.toMatch(/^Slide 7 of \d+\. Walkthrough stage 5 of /);
    await page.getByRole("heading", { name: /^Stage 5:/ }).waitFor();
    const address = page.url();
    await page.context().close();

    const { page: again, problems } = await openPage(browser(), address);
    await expect(announced(again)).resolves.toMatch(/^Slide 7 of \d+\. Walkthrough stage 5 of /);
    await again.getByRole("heading", { name: /^Stage 5:/ }).waitFor();
    await expect(again.getByRole("heading", { name: /^Stage 4:/ }).isVisible()).resolves.toBe(false);
    await again.keyboard.press("Escape");
    await expect(again.locator("html").getAttribute("class")).resolves.not.toMatch(/\bpresent\b/);
    const left = new URL(again.url()).searchParams;
    expect([left.get("present"), left.get("slide")]).toEqual([null, null]);
    await expect(again.evaluate(() => document.activeElement?.matches("figure.stepper"))).resolves.toBe(true);
    await expect(again.locator(".site-header").isVisible()).resolves.toBe(true);
    await expect(again.locator("article.lesson [data-present-off]").count()).resolves.toBe(0);
    await expect(again.getByRole("navigation", { name: "Projector mode" }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describe("the course as one document", () => {
  it("prints with Chromium on as many pages as its contents say, each lesson from the top of the page its contents name, and no figure or walkthrough stage cut", async () => {
    const { page, problems } = await openPage(browser(), url("course/"));
    const lessons = await page.getByRole("navigation", { name: "Contents" }).getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(lessons.length).toBeGreaterThanOrEqual(15);
    await page.locator("[data-course-front][data-pages-ready='true']").waitFor({ timeout: 30_000 });
    const contents = await page.getByRole("navigation", { name: "Contents" }).getByRole("listitem").evaluateAll((items) => items.map((li) => Number(li.querySelector("[data-toc-page]")!.textContent)));
    const total = Number(await page.locator("[data-course-front]").getAttribute("data-pages"));
    expect(contents.every((n, i) => Number.isInteger(n) && (i === 0 ? n > 1 : n > contents[i - 1]))).toBe(true);

    // Every id once, no island woken: the document is static.
    await expect(page.evaluate(() => { const ids = [...document.querySelectorAll("[id]")].map((el) => el.id); return ids.length - new Set(ids).size; })).resolves.toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator("[data-ready]").count()).resolves.toBe(0);

    // Mark where every figure and stage begins and ends, and link to the marks so the PDF names their pages.
    const blocks = await page.evaluate(() => {
      const links = document.createElement("div");
      links.setAttribute("style", "position:absolute;top:0;left:0;font-size:1px");
      const found = [...document.querySelectorAll<HTMLElement>("article.course-lesson figure:not(.stepper), article.course-lesson section[data-stage]")].map((block, n) => {
        for (const end of ["start", "end"]) {
          const mark = Object.assign(document.createElement("div"), { id: `cut-${end}-${n}` });
          mark.setAttribute("style", "height:0");
          if (end === "start") block.prepend(mark);
          else block.append(mark);
          links.append(Object.assign(document.createElement("a"), { href: `#${mark.id}`, textContent: "." }));
        }
        return `${block.closest("article")!.id} ${block.tagName.toLowerCase()}#${block.id || block.closest("[id]")!.id}`;
      });
      document.body.append(links);
      return found;
    });
    expect(blocks.length).toBeGreaterThan(40);

    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pages).toBe(total);
    const starts = lessons.map((id) => pdf.destinations.get(id));
    expect(starts.map((start) => start?.page)).toEqual(contents);
    // A new page for each lesson: every lesson starts at the same height, the top of a page.
    expect(new Set(starts.map((start) => Math.round(start!.y))).size).toBe(1);
    const cut = blocks.filter((_, n) => pdf.destinations.get(`cut-start-${n}`)?.page !== pdf.destinations.get(`cut-end-${n}`)?.page);
    expect(cut).toEqual([]);
    console.log(`courseware: the course document prints on ${pdf.pages} pages of A4, ${blocks.length} figures and stages, none cut`);
    expect(problems).toEqual([]);
  }, 240_000);

  it("/zh/course/ gathers every Chinese lesson in reading order under a Chinese table of contents whose links all land in the page", async () => {
    // The Chinese lessons in reading order, as the Chinese home page lists them: [id, title].
    const home = await (await fetch(url("zh/"))).text();
    const lessons = [...home.matchAll(/data-lesson-link="([^"]+)"[^>]*>\s*<a href="[^"]*">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(lessons.length).toBeGreaterThanOrEqual(15);
    const { page, problems } = await openPage(browser(), url("zh/course/"));
    await expect(page.getByRole("heading", { level: 1, name: "交叉注意力，逐格拆解" }).count()).resolves.toBe(1);
    const contents = page.getByRole("navigation", { name: "目录" });
    const entries = await contents.getByRole("link").evaluateAll((links) => links.map((a) => [(a as HTMLAnchorElement).hash.slice(1), a.querySelector(".toc-label")!.textContent, a.querySelector(".toc-title")!.textContent]));
    expect(entries).toEqual(lessons.map(([id, title], n) => [`lesson-${id}`, n === 0 ? "总览" : `第 ${n} 课`, title]));
    const chapters = await page.locator("article.course-lesson").evaluateAll((articles) => articles.map((a) => [a.id, a.querySelector("h1")!.textContent]));
    expect(chapters).toEqual(lessons.map(([id, title]) => [`lesson-${id}`, title]));
    // Every link within the page lands on an element, and none leaves for an English lesson.
    const broken = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>("a[href^='#']")].map((a) => a.getAttribute("href")!.slice(1)).filter((id) => id && !document.getElementById(decodeURIComponent(id))));
    expect(broken).toEqual([]);
    const english = await page.evaluate((prefix) => [...document.querySelectorAll<HTMLAnchorElement>("article.course-lesson a[href]")].map((a) => new URL(a.href).pathname).filter((path) => path.startsWith(prefix)), new URL(url("lessons/")).pathname);
    expect(english).toEqual([]);
    await page.locator("[data-course-front][data-pages-ready='true']").waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
