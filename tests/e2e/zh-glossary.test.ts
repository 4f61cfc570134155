import { readdirSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { axeFindings } from "./crawl/axeFindings";

/**
 * The Chinese glossary and course document (issues 16 and 17): /zh/glossary/ names every term in
 * Chinese with its English in brackets under the same anchors as /glossary/, a Chinese lesson's first
 * use of a term links to its entry there, /zh/course/ gathers every Chinese lesson in order, and no
 * Chinese lesson links to an English one.
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = (path: string) => new URL(path, baseUrl).href;
const sitePath = (path: string) => new URL(path, baseUrl).pathname;

/** The Chinese lessons in reading order, as the Chinese home page lists them: [id, title]. */
async function chineseLessons(): Promise<[string, string][]> {
  const html = await (await fetch(url("zh/"))).text();
  return [...html.matchAll(/data-lesson-link="([^"]+)"[^>]*>\s*<a href="[^"]*">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
}

/** Every anchor id in a page's HTML. */
const idsIn = (html: string) => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));

describe("the Chinese glossary", () => {
  it("/zh/glossary/ names every symbol and term in Chinese with the English in brackets, under the English page's anchors, with no serious axe finding", async () => {
    const { page, problems } = await openPage(browser(), url("zh/"));
    await page.getByRole("link", { name: "术语与记号" }).click();
    await page.waitForURL(url("zh/glossary/"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-Hans");
    await expect(page.getByRole("heading", { level: 1, name: "术语与记号" }).count()).resolves.toBe(1);
    const table = page.getByRole("table", { name: "符号、含义及其形状" });
    await expect(table.getByRole("columnheader").allInnerTexts()).resolves.toEqual(["符号", "名称", "含义", "形状", "引入于"]);
    await expect(table.locator(".katex").count()).resolves.toBeGreaterThan(10);
    await expect.poll(() => page.locator("#cross-attention dt").innerText()).toBe("交叉注意力（cross-attention）");
    await expect.poll(() => page.locator("#key dt").innerText()).toBe("键（key）");
    await expect(page.locator("#d-k").getByRole("link", { name: "查询/键宽度（query–key width）" }).count()).resolves.toBe(1);
    await expect.poll(() => page.locator("#memory dd").innerText()).toContain("编码器的最终输出");
    // A row's lesson is the Chinese one.
    await expect(page.locator("#d-k a[href*='lessons/']").getAttribute("href")).resolves.toBe(sitePath("zh/lessons/queries-keys-values/"));
    const english = await (await fetch(url("glossary/"))).text();
    const anchors = (html: string) => [...html.matchAll(/<(?:tr|div) id="([^"]+)"/g)].map((m) => m[1]);
    const zhAnchors = anchors(await page.content());
    expect(zhAnchors.length).toBeGreaterThanOrEqual(30);
    expect(zhAnchors).toEqual(anchors(english));
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a Chinese lesson's first use of 交叉注意力 links to its entry on /zh/glossary/, whose lesson link comes back to a Chinese lesson", async () => {
    const { page, problems } = await openPage(browser(), url("zh/lessons/queries-keys-values/"), { javaScriptEnabled: false });
    const term = page.locator("article a.glossary-term", { hasText: "交叉注意力" });
    await expect(term.count()).resolves.toBe(1);
    await term.click();
    await page.waitForURL(url("zh/glossary/#cross-attention"));
    await expect(page.locator("#cross-attention").evaluate((el) => el.matches(":target"))).resolves.toBe(true);
    await expect.poll(() => page.locator("#cross-attention dd").innerText()).toContain("查询来自一个序列");
    await page.locator("#cross-attention").getByRole("link", { name: "查询、键和值：各自从哪里来" }).click();
    await page.waitForURL(url("zh/lessons/queries-keys-values/"));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("every Chinese lesson links three or more Chinese terms, each once, before 参考文献, to entries of /zh/glossary/", async () => {
    const glossary = idsIn(await (await fetch(url("zh/glossary/"))).text());
    const lessons = await chineseLessons();
    // Every lesson of the course, as many as content/lessons/ holds.
    expect(lessons.length).toBe(readdirSync("content/lessons").filter((file) => file.endsWith(".mdx")).length);
    for (const [id] of lessons) {
      const lessonUrl = url(`zh/lessons/${id}/`);
      const html = await (await fetch(lessonUrl)).text();
      const references = html.indexOf(">参考文献</h2>");
      expect(references, `${id} has a 参考文献 heading`).toBeGreaterThan(0);
      const links = [...html.matchAll(/<a href="([^"]+)" class="glossary-term">([^<]+)<\/a>/g)];
      const terms = links.map((m) => new URL(m[1], lessonUrl));
      expect(terms.length, `${id} links no glossary term`).toBeGreaterThanOrEqual(3);
      expect(new Set(terms.map((t) => t.hash)).size, `${id} links a term twice`).toBe(terms.length);
      for (const [n, term] of terms.entries()) {
        expect(term.pathname, `${id}: ${links[n][2]}`).toBe(sitePath("zh/glossary/"));
        expect(glossary.has(term.hash.slice(1)), `${id}: ${term.hash}`).toBe(true);
        expect(links[n][2], `${id}: a Chinese word links`).toMatch(/^\p{Script=Han}+$/u);
        expect(links[n].index, `${id}: ${links[n][2]} after 参考文献`).toBeLessThan(references);
      }
    }
  });

  it("no Chinese lesson links to an English lesson: misconceptions' further reading and backward-pass's stepper stages stay in Chinese", async () => {
    for (const [id] of await chineseLessons()) {
      const lessonUrl = url(`zh/lessons/${id}/`);
      const html = await (await fetch(lessonUrl)).text();
      const article = html.slice(html.indexOf("<article"), html.lastIndexOf("</article>"));
      const targets = [...article.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&"), lessonUrl)).filter((t) => t.origin === new URL(baseUrl).origin);
      const english = targets.filter((t) => t.pathname.startsWith(sitePath("lessons/")));
      expect(english.map((t) => t.pathname + t.search), id).toEqual([]);
    }
    const { page, problems } = await openPage(browser(), url("zh/lessons/misconceptions/"), { javaScriptEnabled: false });
    await page.getByRole("link", { name: /^第 \d+ 课《掩蔽》$/ }).first().click();
    await page.waitForURL(url("zh/lessons/masking/"));
    await page.goto(url("zh/lessons/backward-pass/"));
    await page.getByRole("link", { name: "第 7 阶段，权重乘以值" }).click();
    await page.waitForURL(url("zh/lessons/scaled-dot-product-cross-attention/?step=7"));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("the Chinese course document", () => {
  it("/zh/course/ is reached from the Chinese home page by its Chinese name and holds every Chinese lesson under 目录 (courseware.test.ts checks order and links)", async () => {
    const lessons = await chineseLessons();
    const { page, problems } = await openPage(browser(), url("zh/"));
    await page.getByRole("link", { name: "整门课的打印版" }).click();
    await page.waitForURL(url("zh/course/"));
    await expect(page.getByRole("heading", { level: 1, name: "交叉注意力，逐格拆解" }).count()).resolves.toBe(1);
    await expect(page.getByRole("navigation", { name: "目录" }).getByRole("link").count()).resolves.toBe(lessons.length);
    await expect(page.locator("article.course-lesson").evaluateAll((articles) => articles.map((a) => a.getAttribute("data-lesson")))).resolves.toEqual(lessons.map(([id]) => id));
    await expect(page.getByText("在线版本：").count()).resolves.toBe(lessons.length);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
