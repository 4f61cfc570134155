import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { instructorsText } from "../../src/i18n/instructorsText";
import { progressText } from "../../src/i18n/progressText";
import { projectorText } from "../../src/i18n/projectorText";

/**
 * The Chinese edition of the pages around the lessons (issue 16): the instructors page, the reader's
 * progress page, the instructors' class page and projector mode, found by their Chinese names.
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = (path: string) => new URL(path, baseUrl).href;
const lesson = "scaled-dot-product-cross-attention";
const passKey = `notebook:${lesson}:exercise-pass:rows-sum`;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "zh-pages-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every English string of these pages' text tables that differs from its Chinese twin (long enough to be a phrase). */
const englishOnly = [instructorsText, progressText, projectorText].flatMap((table) =>
  Object.entries(table.en).flatMap(([key, value]) => {
    const zh = (table.zh as Record<string, unknown>)[key];
    const values = typeof value === "string" ? [value] : Array.isArray(value) ? (value as string[]) : [];
    return values.filter((v, i) => v.trim().length > 3 && v !== (Array.isArray(zh) ? zh[i] : zh));
  }),
);

/** The visible text and accessible names of the page's main content, where no English of the tables may appear. */
async function expectNoTableEnglish(page: Page): Promise<void> {
  const shown = await page.locator("main").evaluate((main: HTMLElement) =>
    [main.innerText, ...[...main.querySelectorAll("[aria-label], [title]")].map((el) => `${el.getAttribute("aria-label") ?? ""} ${el.getAttribute("title") ?? ""}`)].join("\n"),
  );
  expect(englishOnly.filter((english) => shown.includes(english.trim()))).toEqual([]);
}

describe("the Chinese instructors page", () => {
  it("/zh/instructors/ is Chinese, explains the Chinese edition, and its links open the Chinese pages", async () => {
    const { page, problems } = await openPage(browser(), url("zh/instructors/"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-Hans");
    await expect(page.title()).resolves.toMatch(/^教师指南 · /);
    await expect(page.getByRole("heading", { level: 1, name: "教师指南" }).count()).resolves.toBe(1);
    for (const heading of ["托管课程", "中文版", "投影模式", "进度报告与班级页面", "离线阅读与安装"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading }).count(), heading).resolves.toBe(1);
    }
    const chinese = page.locator("#chinese-edition ~ ul").first();
    await expect.poll(() => chinese.innerText()).toMatch(/共用同一份进度记录[\s\S]*content\/zh\/lessons\/<name>\.mdx[\s\S]*一致性测试/);
    await expectNoTableEnglish(page);
    await expect(page.locator("article.instructors a.glossary-term").count()).resolves.toBe(0);
    // The embedding example points at the Chinese first lesson, indented as written.
    await expect.poll(() => page.locator("#embed ~ pre").first().innerText()).toContain(`<iframe\n  src="https://example.edu/courses/attention/zh/lessons/${lesson}/?embed=1"\n  title="交叉注意力课程"`);

    // The links in the prose and at its foot stay in the Chinese edition and open.
    const article = page.locator("article.instructors");
    for (const [name, path, heading] of [
      ["学习进度页面", "zh/progress/", "你的学习进度"],
      ["班级页面", "zh/instructors/class/", "班级进度"],
      ["打开第一课", `zh/lessons/${lesson}/`, "一页讲清缩放点积交叉注意力"],
      ["返回课程列表", "zh/", "交叉注意力，逐格拆解"],
    ] as const) {
      const link = article.getByRole("link", { name, exact: true });
      await expect(link.getAttribute("href"), name).resolves.toBe(new URL(url(path)).pathname);
      await Promise.all([page.waitForURL(url(path)), link.click()]);
      await expect(page.getByRole("heading", { level: 1, name: heading }).count(), path).resolves.toBe(1);
      await page.goBack();
    }
    // The course document's link keeps to the edition too (its Chinese page is built by the course document's own work).
    await expect(article.getByRole("link", { name: "课程文档页面" }).getAttribute("href")).resolves.toBe(new URL(url("zh/course/")).pathname);

    // The language switch opens the English page at the same section, which is still English.
    await page.goto(url("zh/instructors/#projector"));
    await Promise.all([page.waitForURL(url("instructors/#projector")), page.getByRole("link", { name: "Read in English" }).click()]);
    await expect(page.getByRole("heading", { level: 2, name: "Projector mode" }).count()).resolves.toBe(1);
    await expect.poll(() => page.locator("#chinese-edition").innerText()).toBe("The Chinese edition");
    // Glossary links in this prose would carry a lesson's relative address, wrong from here.
    await expect(page.locator("article.instructors a.glossary-term").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describe("the Chinese progress and class pages", () => {
  let reportFile: string;
  let total: number;

  it("/zh/progress/ shows an exercise passed in either edition, asks for a name in Chinese, then downloads the report", async () => {
    const { page, problems } = await openPage(browser(), url(`zh/lessons/${lesson}/`));
    const solution = ((await page.locator("section[data-exercise='rows-sum'] [data-solution] pre").textContent()) ?? "").trim();
    expect(solution).toContain("function softmaxRowsByHand");
    // A pass as the exercise stores it; progress is kept per lesson id, the same in both editions.
    await page.evaluate(([key, code]) => localStorage.setItem(key, JSON.stringify({ code, at: new Date().toISOString() })), [passKey, solution]);
    total = ((await (await fetch(url("zh/exercises.json"))).json()) as { exercises: unknown[] }).exercises.length;
    expect(total).toBe(((await (await fetch(url("exercises.json"))).json()) as { exercises: unknown[] }).exercises.length);

    await page.goto(url("zh/progress/"));
    await expect(page.getByRole("heading", { level: 1, name: "你的学习进度" }).count()).resolves.toBe(1);
    await expect(page.getByRole("table", { name: "本课程的全部练习，按阅读顺序排列" }).count()).resolves.toBe(1);
    const row = page.getByRole("row", { name: /把分数规范化/ });
    await expect.poll(() => row.getByRole("cell").first().innerText()).toBe("总览：一页讲清缩放点积交叉注意力");
    await expect.poll(() => row.getByRole("cell").last().innerText()).toMatch(/^已通过，\d{4}年/);
    await expect(page.getByText(`你在这个浏览器里已通过 ${total} 道练习中的 1 道。`).count()).resolves.toBe(1);
    await expectNoTableEnglish(page);

    const download = page.getByRole("button", { name: "下载进度报告" });
    await download.click();
    await expect(page.getByText("请先填写名字：老师的班级表格按名字列出各份报告。").isVisible()).resolves.toBe(true);
    const name = page.getByLabel("你的名字（老师认得的那个）");
    await expect(name.getAttribute("aria-invalid")).resolves.toBe("true");
    await name.fill("李雷");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^progress-李雷-\d{4}-\d{2}-\d{2}\.json$/);
    reportFile = join(folder, "report.json");
    await file.saveAs(reportFile);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已下载" }).innerText()).toBe(`已下载 ${file.suggestedFilename()}：${total} 道练习中通过了 1 道。`);
    const report = JSON.parse(await readFile(reportFile, "utf8")) as { reader: string; exercises: { lesson: string; exercise: string; passed: boolean; title?: string }[] };
    expect(report.reader).toBe("李雷");
    expect(report.exercises.filter((e) => e.passed).map((e) => [e.lesson, e.exercise, e.title])).toEqual([[lesson, "rows-sum", "把分数规范化"]]);

    // The English progress page reads the same record.
    await page.goto(url("progress/"));
    await expect.poll(() => page.getByRole("row", { name: /Normalise the scores/ }).getByRole("cell").last().innerText()).toMatch(/^Passed /);
    expect(problems).toEqual([]);
  });

  it("/zh/instructors/class/ reads the report with Chinese labels, re-checks the answer, and gives refused files their reason in Chinese", async () => {
    const notes = join(folder, "notes.json");
    await writeFile(notes, "这是笔记，不是报告");
    const { page, problems } = await openPage(browser(), url("zh/instructors/class/"));
    await expect(page.getByRole("heading", { level: 1, name: "班级进度" }).count()).resolves.toBe(1);
    await expect(page.getByRole("status").filter({ hasText: "还没有打开任何报告。" }).count()).resolves.toBe(1);
    await expect(page.getByRole("group", { name: "打开进度报告" }).count()).resolves.toBe(1);
    await page.getByLabel("进度报告（JSON 文件）").setInputFiles([reportFile, notes]);
    await page.getByRole("status").filter({ hasText: "已重新检查 1 个答案：1 个通过，0 个未通过。" }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole("status").filter({ hasText: "已读取" }).innerText()).toMatch(/^已读取 1 份报告；1 个文件未被接受。/);
    await expect(page.getByRole("table", { name: "谁通过了哪道练习" }).getByRole("columnheader", { name: "总览：把分数规范化" }).count()).resolves.toBe(1);
    const show = page.getByRole("button", { name: "查看答案：李雷，把分数规范化" });
    await expect.poll(() => show.locator("xpath=ancestor::td").innerText()).toMatch(/^已通过，.+\n重新检查通过\n查看答案$/);
    await expect(page.getByRole("cell", { name: "未通过", exact: true }).count()).resolves.toBe(total - 1);
    const refused = await page.getByRole("region", { name: "未被接受的文件和答案" }).getByRole("listitem").allInnerTexts();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^notes\.json：不是 JSON 文件（.+）$/);

    await show.click();
    const dialog = page.getByRole("dialog", { name: "李雷：把分数规范化（总览）" });
    await expect.poll(() => dialog.innerText()).toMatch(/据报告所写，于 .+ 通过（来自 report\.json）。\n+在这个浏览器中重新检查：/);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await expect(show.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await expectNoTableEnglish(page);
    expect(problems).toEqual([]);
  });
});

/** The projector bar's announcement. */
const announced = (page: Page) => page.getByRole("navigation", { name: "投影模式" }).getByRole("status").innerText();

describe("projector mode in the Chinese edition", () => {
  it("a Chinese lesson's projector mode moves by keys and buttons, announces each slide in Chinese, and Esc leaves", async () => {
    const { page, problems } = await openPage(browser(), url(`zh/lessons/${lesson}/?present=1`));
    await expect(announced(page)).resolves.toMatch(/^第 1 张，共 \d+ 张。标题：一页讲清缩放点积交叉注意力$/);
    const total = Number((await announced(page)).match(/共 (\d+) 张/)![1]);
    const bar = page.getByRole("navigation", { name: "投影模式" });
    await expect(bar.getByRole("button", { name: "退出" }).getAttribute("title")).resolves.toBe("退出投影模式（Esc）");
    await expect(bar.getByRole("button", { name: "← 上一张" }).isDisabled()).resolves.toBe(true);

    await page.keyboard.press("ArrowRight");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^第 2 张，共 ${total} 张。图：\\S`));
    expect(new URL(page.url()).searchParams.get("slide")).toBe("2");
    await page.keyboard.press("PageDown");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^第 3 张，共 ${total} 张。分步演示第 1 步，共 \\d+ 步：\\S`));
    await bar.getByRole("button", { name: "下一张 →" }).click();
    await expect(announced(page)).resolves.toMatch(new RegExp(`^第 4 张，共 ${total} 张。分步演示第 2 步，共 \\d+ 步：`));
    await page.keyboard.press("End");
    await expect(announced(page)).resolves.toMatch(new RegExp(`^第 ${total} 张，共 ${total} 张。`));
    await page.keyboard.press("Home");
    await expect(announced(page)).resolves.toMatch(/^第 1 张，/);

    await page.keyboard.press("Escape");
    await expect(page.locator("html").getAttribute("class")).resolves.not.toMatch(/\bpresent\b/);
    await expect(bar.count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get("present")).toBeNull();
    expect(problems).toEqual([]);
  });
});
