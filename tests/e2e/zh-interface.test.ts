import { describe, expect, inject, it } from "vitest";
import { englishStrings, textTables, type EnglishString } from "../i18n/englishStrings";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { sitemapPages } from "./crawl/sitemapPages";
import { wakeIslands } from "./crawl/wakeIslands";
import { englishFindings, interfaceWords } from "./i18n/englishFindings";

/**
 * No English interface string on a Chinese page (issue 16). The strings are every `en` value (where
 * `zh` differs) of every text table in src/i18n/*Text.ts, found by reading the folder, so a module
 * added there is checked without touching this test; and a hand list of control labels.
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();

const modules = import.meta.glob<Record<string, unknown>>("../../src/i18n/*Text.ts", { eager: true });
const tables = Object.entries(modules).flatMap(([file, exports]) => textTables(exports).map(([name, table]) => ({ file, name, table })));
const strings: EnglishString[] = tables.flatMap(({ name, table }) => englishStrings(name, table));

describe("Chinese pages show no English interface text", () => {
  it("the text tables of src/i18n/*Text.ts are found and give English strings", () => {
    expect(tables.map((t) => t.name)).toContain("siteText");
    expect(strings).toContainEqual({ source: "siteText.previous", text: "Previous" });
    console.log(`zh-interface: ${tables.length} tables (${tables.map((t) => t.name).join(", ")}), ${strings.length} English strings`);
  });

  it("englishFindings(page) finds no English string of the tables, nor an English control label, on any zh page of the sitemap", async () => {
    const pages = (await sitemapPages(baseUrl)).filter((url) => new URL(url).pathname.startsWith(`${new URL(baseUrl).pathname}zh/`));
    expect(pages.length).toBeGreaterThan(10);
    const findings: string[] = [];
    for (const url of pages) {
      const { page, problems } = await openPage(browser(), url);
      await wakeIslands(page);
      const path = new URL(url).pathname;
      findings.push(...(await englishFindings(page, strings)).map((f) => `${path} ${f}`), ...problems.map((p) => `${path} ${p}`));
      await page.context().close();
    }
    if (findings.length > 0) console.log(`zh-interface: ${findings.length} findings on ${pages.length} pages:\n${findings.join("\n")}`);
    expect(findings).toEqual([]);
  }, 600_000);
});

describe("englishFindings can fail", () => {
  it("englishFindings(page) names English text, attributes, title and control labels, and passes over code, math, <pre>, references, lang=en and a lesson's prose", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="zh-Hans"><head><title>掩码 · Cross-Attention</title></head><body><main id="main">
      <nav aria-label="Lessons"><a href="#a">第 1 课</a></nav>
      <p>这是 <code>Previous</code> 与 <span class="katex">Next</span>；<a href="#b" lang="en">English</a></p>
      <p>论文写道：“Previous and next lesson”（lesson prose quotes English on purpose）。</p>
      <section id="cell" data-cell><button class="run">Run</button><button>运行</button><p>Preview 不是 Previous and next lesson。</p></section>
      <pre>Run Check</pre>
      <h2>参考文献</h2><ul><li>Previous work on Lessons</li></ul><h2>下一节</h2>
      <svg><text>Step</text></svg>
      <div role="group" aria-labelledby="dl"><span id="dl">Download</span><button>SVG</button></div>
    </main></body></html>`);
    const strings = [
      { source: "t.next", text: "Next" },
      { source: "t.previousNextLabel", text: "Previous and next lesson" },
      { source: "t.lessonsNav", text: "Lessons" },
      { source: "t.siteShortName", text: "Cross-Attention" },
    ];
    await expect(englishFindings(page, strings, interfaceWords)).resolves.toEqual([
      '<p> in #cell shows "Preview 不是 Previous and next lesson。": "Previous and next lesson" (t.previousNextLabel)',
      '<nav> in #main aria-label="Lessons": "Lessons" (t.lessonsNav)',
      '<title> "掩码 · Cross-Attention": "Cross-Attention" (t.siteShortName)',
      '<button.run> in #cell shows "Run": "Run" (a control label)',
      '<span#dl> in #main shows "Download": "Download" (a control label)',
    ]);
    await context.close();
  });
});
