import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { startStaticServer } from "../../scripts/staticServer";
import { buildSearchIndex } from "../../src/site/pagefindIntegration.mjs";
import { pageContainsQuery } from "../../src/site/pageContainsQuery";
import { editions, langOfPath } from "../../src/i18n/lang";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";

/**
 * The header's search box, used as a reader uses it: type a word, read the announced count and the
 * snippets, reach every result with the keyboard.
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** Control labels of cells, exercises and figures, as they read when run together in a snippet. */
const controlText = [/Run\s*Edit/, /Copy link/, /Check\s*Edit\s*Reset/, /Show the numbers/, /Show the answer/];
/** TeX source, as KaTeX's hidden annotation holds it. */
const texSource = /\\[a-zA-Z]{2,}|[\^_]\{/;

/** Types `term` into the header search box and waits until the box has announced its answer. */
async function search(page: Page, term: string): Promise<{ status: Locator; results: Locator }> {
  const site = page.getByRole("search", { name: "Site" });
  await site.getByRole("searchbox", { name: "Search the lessons" }).fill(term);
  const status = site.getByRole("status");
  await status.filter({ hasText: term }).waitFor({ timeout: 15_000 });
  return { status, results: site.getByRole("list", { name: "Search results" }).getByRole("listitem") };
}

/** The focused element as "TAG text href", to compare without waiting on a locator. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return [el?.tagName, el?.innerText.trim(), el?.getAttribute("href")].filter(Boolean).join(" ");
  });
}

describe("the header search", () => {
  for (const term of ["qwzxplk", "banana", "xylophone"]) {
    it(`search("${term}"), a word on no page, lists no page and says "No results"`, async () => {
      const { page, problems } = await openPage(browser(), baseUrl);
      const { status, results } = await search(page, term);
      await expect.poll(() => status.innerText()).toMatch(/No results/);
      await expect(results.count()).resolves.toBe(0);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('search("softmax") lists lessons whose snippets are prose: no control labels, no TeX source', async () => {
    const { page, problems } = await openPage(browser(), baseUrl);
    const { results } = await search(page, "softmax");
    await results.first().waitFor();
    const snippets = await results.evaluateAll((items) => items.map((li) => li.querySelector("p")?.textContent ?? ""));
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) {
      expect(snippet).toMatch(/softmax/i);
      for (const label of controlText) expect(snippet, `a control label in the snippet "${snippet}"`).not.toMatch(label);
      expect(snippet, `TeX source in the snippet "${snippet}"`).not.toMatch(texSource);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('search("infty"), a word only in TeX source, finds nothing: KaTeX\'s hidden annotation is not indexed', async () => {
    const { page, problems } = await openPage(browser(), baseUrl);
    const { status, results } = await search(page, "infty");
    await expect.poll(() => status.innerText()).toMatch(/No results/);
    await expect(results.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the index holds each formula of a lesson once, not once per KaTeX copy (MathML, TeX, HTML)", async () => {
    const lesson = new URL("lessons/masking/", baseUrl).href;
    const { page, problems } = await openPage(browser(), lesson);
    const formulas = await page.locator("main .katex-html").evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, "")));
    expect(formulas.length).toBeGreaterThan(10);
    // What Pagefind stored for this page: the text its snippets are cut from. A string, so the test
    // runner does not rewrite the browser's dynamic import.
    const content: string = await page.evaluate(`(async () => {
      const pagefind = await import("${new URL("pagefind/pagefind.js", baseUrl).href}");
      await pagefind.options({ baseUrl: "${new URL(baseUrl).pathname}" });
      const found = await pagefind.search("masking");
      const pages = await Promise.all(found.results.map((r) => r.data()));
      return pages.find((p) => p.url === location.pathname)?.content ?? "";
    })()`);
    expect(content.length).toBeGreaterThan(1000);
    const flat = content.replace(/\s+/g, "");
    const twice = [...new Set(formulas)].filter((f) => f.length >= 2 && flat.includes(f + f));
    expect(twice).toEqual([]);
    expect(content).not.toMatch(texSource);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('search("attention") finds more than 8 pages; the keyboard reaches result 9 through "more results", and the count is announced', async () => {
    const { page, problems } = await openPage(browser(), baseUrl);
    const { status, results } = await search(page, "attention");
    await results.first().waitFor();
    const announced = await status.innerText();
    const total = Number(/(\d+) pages/.exec(announced)?.[1]);
    expect(total, `the status says "${announced}"`).toBeGreaterThan(8);
    await expect(results.count()).resolves.toBe(8);
    // ArrowDown walks from the box through the 8 results to the control that shows the rest.
    for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowDown");
    await expect(focused(page)).resolves.toMatch(/^BUTTON .*more results/i);
    await page.keyboard.press("Enter");
    await expect.poll(() => results.count()).toBe(total);
    const ninth = results.nth(8).getByRole("link");
    const href = await ninth.getAttribute("href");
    await expect(focused(page)).resolves.toBe(`A ${await ninth.innerText()} ${href}`);
    await expect.poll(() => status.innerText()).toMatch(new RegExp(`${total} pages.*all`));
    // Enter follows the focused ninth result.
    await page.keyboard.press("Enter");
    await page.waitForURL(new URL(href!, baseUrl).href);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** The pages of a tiny two-edition site, each with the `<html lang>` its address gives it. */
const editionPages: Record<string, string> = {
  "/lessons/multi-head/": "<h1>Multi-head cross-attention</h1><p>Split the model width into heads; each head has its own projections.</p>",
  "/zh/lessons/multi-head/": "<h1>多头交叉注意力</h1><p>多头注意力把模型维度分给几个头，每个头用自己的投影。</p><p>softmax 沿着每一行计算。</p>",
};

/** Searches with Pagefind as the search box does on `url`, and returns the paths and texts found. */
async function pagefindOn(url: string, term: string): Promise<{ url: string; content: string }[]> {
  const { page, problems } = await openPage(browser(), url);
  const found: { url: string; content: string }[] = await page.evaluate(`(async () => {
    const pagefind = await import("${new URL("/pagefind/pagefind.js", url).href}");
    const search = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(search.results.map((r) => r.data()));
  })()`);
  expect(problems).toEqual([]);
  await page.context().close();
  return found.map(({ url, content }) => ({ url, content }));
}

describe("search in two languages (a fixture site: one English page, its Chinese twin under zh/)", () => {
  it("buildSearchIndex(site) indexes each language apart, and a page searches only its own language's index", async () => {
    const site = await mkdtemp(join(tmpdir(), "search-editions-"));
    try {
      for (const [path, body] of Object.entries(editionPages)) {
        const file = join(site, path, "index.html");
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, `<!doctype html><html lang="${editions[langOfPath(path, "/")].tag}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`);
      }
      const { languages } = await buildSearchIndex(site);
      expect(languages.sort()).toEqual(["en", "zh-hans"]);
      const server = await startStaticServer(site, "/");
      try {
        const zhPage = new URL("zh/lessons/multi-head/", server.url).href;
        const enPage = new URL("lessons/multi-head/", server.url).href;
        // Chinese is segmented into words: "投影" is found at the end of "多头注意力把…的投影", on the
        // Chinese page only.
        const zh = await pagefindOn(zhPage, "投影");
        expect(zh.map((r) => r.url)).toEqual(["/zh/lessons/multi-head/"]);
        expect(pageContainsQuery(zh[0].content, "投影", "zh-Hans")).toBe(true);
        expect(pageContainsQuery(zh[0].content, "香蕉", "zh-Hans")).toBe(false);
        await expect(pagefindOn(zhPage, "heads")).resolves.toEqual([]);
        const en = await pagefindOn(enPage, "heads");
        expect(en.map((r) => r.url)).toEqual(["/lessons/multi-head/"]);
        await expect(pagefindOn(enPage, "多头")).resolves.toEqual([]);
      } finally {
        await server.close();
      }
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
