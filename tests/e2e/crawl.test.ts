import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../scripts/staticServer";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { buildSite } from "./crawl/buildSite";
import { axeFindings } from "./crawl/axeFindings";
import { crawlSite } from "./crawl/crawlSite";
import { keyboardFindings } from "./crawl/keyboardFindings";
import { printFindings } from "./crawl/printFindings";
import { scrollerFindings } from "./crawl/scrollerFindings";
import { offscreenFindings } from "./crawl/offscreenFindings";
import { phoneFindings, phoneWidth } from "./crawl/phoneFindings";
import { spacingFindings } from "./crawl/spacingFindings";
import { sitemapPages } from "./crawl/sitemapPages";

/**
 * The hosting gate: the site built for a course folder, served from that folder on loopback, and
 * crawled in Chromium. `npm test` serves its main build at "/", so this file makes its own build
 * under a sub-path; when the run already serves a sub-path build (BASE_PATH set for the whole run),
 * it crawls that one instead of building again.
 */
const subPath = "/course/cross-attention/";
let root: string;
let buildDir: string | undefined;
let server: StaticServer | undefined;
const browser = useBrowser();

beforeAll(async () => {
  const served = inject("baseUrl");
  if (new URL(served).pathname !== "/") {
    root = served;
  } else {
    // Inside the project on purpose: Astro puts a build's intermediate files beside an outDir in the
    // working tree but in the shared .astro/ for one outside it, where simultaneous builds collide.
    const cache = join(import.meta.dirname, "../../node_modules/.cache");
    await mkdir(cache, { recursive: true }); // a fresh clone has no .cache yet
    buildDir = await mkdtemp(join(cache, "crawl-site-"));
    const ms = await buildSite(buildDir, subPath);
    console.log(`crawl: built the site with BASE_PATH=${subPath} in ${(ms / 1000).toFixed(1)} s`);
    server = await startStaticServer(buildDir, subPath);
    root = server.url;
  }
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

/** The lesson pages the home page links to, in its order. */
async function lessonUrls(): Promise<string[]> {
  const { page } = await openPage(browser(), root);
  const hrefs = await page.locator("main a[href*='/lessons/']").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  await page.context().close();
  return [...new Set(hrefs)];
}

describe(`the site built for ${subPath}`, () => {
  it("crawlSite(every page from the home page, the 404 page and the sitemap, in both editions) finds nothing in light and dark", async () => {
    const started = performance.now();
    const seeds = [root, new URL("404.html", root).href, ...(await sitemapPages(root))];
    const result = await crawlSite(browser(), root, seeds);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crawl: ${result.pages.length} pages x 2 colour schemes + a phone, ${result.links} internal links (${result.anchors} to #anchors), ${result.external} external links not fetched, ${result.findings.length} findings, ${seconds} s`,
    );
    // Listed here too: a run that ends at the test's timeout never prints the failed expectation.
    if (result.findings.length > 0) console.log(result.findings.join("\n"));
    expect(result.pages).toContain(root);
    expect(result.pages.some((url) => url.includes("/lessons/"))).toBe(true);
    // The Chinese edition is crawled as a reader reaches it: the home page's language switch leads
    // to /zh/, and every Chinese page is linked from a page (not only listed in the sitemap).
    const zhRoot = new URL("zh/", root).href;
    expect(result.linkedFrom[zhRoot], "the English home page links to /zh/").toContain(root);
    const zhPages = result.pages.filter((url) => url.startsWith(zhRoot));
    expect(zhPages.length).toBeGreaterThan(10);
    expect(zhPages.filter((url) => result.linkedFrom[url].every((from) => from === "(start)")), "Chinese pages no link leads to").toEqual([]);
    expect(result.findings).toEqual([]);
    // Each page has its own time limit (a slow page is a finding); this one only stops a hung crawl.
    // The crawl of both editions (42 pages) took 964 s at a load average of 20-30 and 489 s at 5-12
    // (29 November 2026).
  }, 1_500_000);

  it('the header search for "softmax" lists links into lessons, and one opens under the sub-path', async () => {
    const { page, problems } = await openPage(browser(), root);
    await page.getByRole("searchbox", { name: "Search the lessons" }).fill("softmax");
    const results = page.getByRole("list", { name: "Search results" }).getByRole("link");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(root), `${href} is outside ${root}`).toBe(true);
    const lessons = hrefs.filter((href) => href.startsWith(`${root}lessons/`));
    expect(lessons.length).toBeGreaterThan(0);
    await expect(page.getByRole("status").filter({ hasText: "softmax" }).count()).resolves.toBe(1);
    // Keyboard: ArrowDown moves from the box into the results; Enter follows the focused one.
    for (let i = 0; i <= hrefs.indexOf(lessons[0]); i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(lessons[0]);
    await expect(page.locator("article[data-lesson]").count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a notebook cell runs under the sub-path: its worker and the core it imports load from the base path", async () => {
    const [lesson] = await lessonUrls();
    const { page, problems } = await openPage(browser(), lesson);
    const cell = page.locator("[data-cell]").first();
    await cell.getByRole("button", { name: "Run" }).click();
    await cell.locator("xpath=self::*[@data-status='done' or @data-status='error']").waitFor({ timeout: 20_000 });
    await expect(cell.getAttribute("data-status")).resolves.toBe("done");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("print hides an answer and a model solution even after the reader opened them, and keeps the figures", async () => {
    let lesson: string | undefined;
    for (const url of await lessonUrls()) {
      const html = await (await fetch(url)).text();
      if (html.includes("data-question") && html.includes("data-solution")) {
        lesson = url;
        break;
      }
    }
    expect(lesson, "a lesson with a question and an exercise with a solution").toBeDefined();
    const { page } = await openPage(browser(), lesson!);
    const solution = page.getByRole("button", { name: "Show solution" }).first();
    await solution.scrollIntoViewIfNeeded();
    await page.locator("notebook-exercise").first().locator("[data-solution-box]:not([hidden])").waitFor();
    await solution.click();
    await expect(page.locator("[data-solution]").first().isVisible()).resolves.toBe(true);
    const answer = page.locator("[data-question] details.answer").first();
    await answer.locator("summary").click();
    await expect(answer.locator(".answer-body").isVisible()).resolves.toBe(true);
    await expect(printFindings(page)).resolves.toEqual([]);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-solution]").first().isVisible()).resolves.toBe(false);
    await expect(answer.isVisible()).resolves.toBe(false);
    await expect(page.locator("figure[data-figure] svg").first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("?embed=1 shows the lesson without the site header, lesson list and footer, and keeps embed mode on links", async () => {
    const [lesson] = await lessonUrls();
    const { page, problems } = await openPage(browser(), `${lesson}?embed=1`);
    await expect(page.locator("html").getAttribute("class")).resolves.toContain("embed");
    await expect(page.locator("article[data-lesson]").isVisible()).resolves.toBe(true);
    for (const chrome of [".site-header", ".site-footer", "nav[aria-label='Lessons']"]) {
      await expect(page.locator(chrome).isVisible(), chrome).resolves.toBe(false);
    }
    const inPageLink = page.locator("article a[href]:not([href^='http']):not([href^='#'])").filter({ visible: true }).first();
    if ((await inPageLink.count()) > 0) {
      await inPageLink.click();
      await page.waitForURL(/[?&]embed=1/);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a missing address deep inside the sub-path, answered with 404.html as static hosts do, keeps its styles and links", async () => {
    const deep = new URL("lessons/no-such-lesson/part/", root).href;
    const context = await browser().newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on("response", (r) => r.url() !== deep && r.status() >= 400 && failed.push(r.url()));
    const response = await page.goto(deep);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" }).isVisible()).resolves.toBe(true);
    const stylesheets = await page.evaluate(() => document.styleSheets.length);
    expect(stylesheets).toBeGreaterThan(0);
    await page.getByRole("link", { name: "The course home page" }).click();
    await page.waitForURL(root);
    expect(failed).toEqual([]);
    await context.close();
  });
});

describe("the crawl's page checks can fail", () => {
  it("keyboardFindings(page) names a button out of the tab order, axeFindings(page) one without a name and targets too small, printFindings(page) printed controls, scrollerFindings(page) a sideways scroller, spacingFindings(page) code run into a word, offscreenFindings(page) a block that skipping moves", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>Checks</title></head><body><main>
      <h1>Checks</h1><a href="#top">Reachable</a> <button tabindex="-1">Mouse only</button> <button></button>
      <div role="tablist"><button role="tab" tabindex="0">One</button><button role="tab" tabindex="-1">Two</button></div>
    </main></body></html>`);
    // The second tab is reached with the arrow keys, as tabs are, so only "Mouse only" is named.
    await expect(keyboardFindings(page)).resolves.toEqual([expect.stringMatching(/"Mouse only" has tabindex=-1/)]);
    // The WCAG 2.2 run also measures targets: the buttons stand too close to the link (2.5.8).
    await expect(axeFindings(page)).resolves.toEqual([expect.stringMatching(/^axe critical button-name/), expect.stringMatching(/^axe serious target-size/)]);
    // No print stylesheet on this page: its buttons would print.
    await expect(printFindings(page)).resolves.toEqual([expect.stringMatching(/^print shows main button/)]);
    await page.setContent(`<!doctype html><html lang="en"><head><title>Checks</title></head><body><main>
      <pre class="code" style="overflow-x: auto; width: 200px">${"x".repeat(400)}</pre><p style="overflow-x: auto">short</p>
    </main></body></html>`);
    await expect(scrollerFindings(page)).resolves.toEqual([expect.stringMatching(/^<pre\.code> scrolls sideways \(\d+ px of content in 200 px\)/)]);
    await page.setContent(`<!doctype html><html lang="en"><head><title>Checks</title></head><body><main>
      <p>such as<code>/courses/</code> for <code>x</code>, then <em>this</em>; unique),<code>summary</code> and (<code>f</code>) or <code>g</code>(a list</p>
    </main></body></html>`);
    await expect(spacingFindings(page)).resolves.toEqual([
      '<code> "/courses/" runs into the word beside it: "such as/courses/ for "',
      '<code> "summary" runs into the word beside it: "; unique),summary and ("',
      '<code> "g" runs into the word beside it: ") or g(a list"',
    ]);
    // Chinese prose joins Han to Han without a space; Han beside Latin or code needs one.
    await page.setContent(`<!doctype html><html lang="zh-Hans"><head><title>检查</title></head><body><main>
      <p>所以<strong>分数矩阵</strong>是<a href="#x">第 3 课</a>的内容，用<em>softmax</em>归一化，在 <code>x</code> 中，在<code>y</code>里。</p>
    </main></body></html>`);
    await expect(spacingFindings(page)).resolves.toEqual([
      '<em> "softmax" runs into the word beside it: "的内容，用softmax归一化，在 "',
      '<code> "y" runs into the word beside it: " 中，在y里。"',
    ]);
    // The site's rule on a block whose child's margin collapses through it: containing it moves it.
    await expect(offscreenFindings(page)).resolves.toEqual([expect.stringMatching(/never started skipping/)]);
    // As on the site: sizes remembered from the first frames, skipping switched on after them.
    await page.setContent(`<!doctype html><html lang="en"><head><title>Checks</title><style>
      article.lesson > * { contain-intrinsic-size: auto 20rem; }
      .skip-offscreen article.lesson > * { content-visibility: auto; }
    </style></head><body><main><article class="lesson"><p>First</p><div class="box"><p style="margin: 3rem 0">Inside</p></div><p>Last</p></article></main>
    <script>requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.classList.add("skip-offscreen")));</script></body></html>`);
    await expect(offscreenFindings(page)).resolves.toEqual([
      expect.stringMatching(/^<div\.box> \(block 2\) is at \d+ px and \d+ px tall while blocks out of view skip rendering, but at \d+ px and \d+ px drawn whole$/),
      expect.stringMatching(/^<p> \(block 3\)/),
    ]);
    await context.close();
  });

  it("phoneFindings(page) names a page wider than the phone, figure text drawn below 9 px and a control sticking out of its figure; axeFindings(page) a link whose name hides its text (WCAG 2.5.3)", async () => {
    const context = await browser().newContext({ viewport: { width: phoneWidth, height: 740 } });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>Phone</title></head><body><main>
      <h1>Phone</h1><p><a href="#x" aria-label="Go to the row">query length</a></p>
      <figure id="small"><svg width="600" height="40" viewBox="0 0 600 40" style="width: 300px"><text x="0" y="20" font-size="12">halved</text></svg>
      <input type="text" style="width: 500px" aria-label="Wide box"><figcaption>Small</figcaption></figure>
      <div class="wide" style="width: 500px">wide</div>
      <div style="overflow-x: auto"><div style="width: 900px">scrolls in its own box</div></div>
    </main></body></html>`);
    // The 900 px box inside a scroller is no finding; the 500 px ones are.
    await expect(phoneFindings(page)).resolves.toEqual([
      expect.stringMatching(/^the page scrolls sideways: \d+ px wide at 360 px, past the edge: <input>, <div\.wide>$/),
      '<figure#small> draws text at 6.0 px ("halved"); figure text needs 9 px or more on a phone',
      expect.stringMatching(/^<input> sticks out of <figure#small>/),
    ]);
    await expect(axeFindings(page)).resolves.toEqual([expect.stringMatching(/^axe serious label-content-name-mismatch/)]);
    await context.close();
  });
});
