import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { replaceCode, runCheck, wakeIsland } from "./reader";
import { phoneWidth } from "./crawl/phoneFindings";

/**
 * A new reader's walk (issue 12) on a phone and a wide screen: the lesson before the lesson list,
 * nothing wider than the phone, a sidebar that stays while reading, the home page's way in and
 * progress, glossary and paper links, and one name for a map too large to read cell by cell.
 */
const baseUrl = inject("baseUrl");
const url = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();
const phone = { width: phoneWidth, height: 640 };
const wide = { width: 1366, height: 900 };

/** The lesson pages the home page lists, in its order. */
async function lessonUrls(): Promise<string[]> {
  const html = await (await fetch(baseUrl)).text();
  return [...new Set([...html.matchAll(/href="([^"]*lessons\/[\w-]+\/)"/g)].map((m) => new URL(m[1], baseUrl).href))];
}

describe("a lesson on a phone", () => {
  it("every lesson's title is in a 360 x 640 phone's first screen: the lesson list and 'On this page' start closed", async () => {
    const lessons = await lessonUrls();
    expect(lessons.length).toBeGreaterThanOrEqual(2);
    for (const lesson of lessons) {
      const { page, problems } = await openPage(browser(), lesson, { viewport: phone });
      const title = await page.getByRole("heading", { level: 1 }).boundingBox();
      expect(title!.y + title!.height, `the title of ${lesson} ends below the first screen`).toBeLessThanOrEqual(phone.height);
      for (const name of ["Lessons", "On this page"]) {
        const links = page.getByRole("navigation", { name }).getByRole("link");
        await expect(links.first().isVisible(), `${name} is open on ${lesson}`).resolves.toBe(false);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it("the lesson list starts closed and opens from its disclosure, and the current lesson is marked in it", async () => {
    const [, second] = await lessonUrls();
    const { page, problems } = await openPage(browser(), second, { viewport: phone });
    const nav = page.getByRole("navigation", { name: "Lessons" });
    const disclosure = nav.getByText("Lessons", { exact: true });
    const box = await disclosure.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24); // WCAG 2.5.8 target size
    await expect(nav.getByRole("link").first().isVisible()).resolves.toBe(false);
    await disclosure.click();
    await expect(nav.getByRole("link").first().isVisible()).resolves.toBe(true);
    await expect(nav.locator("a[aria-current='page']").getAttribute("href")).resolves.toBe(new URL(second).pathname);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a 300-character word in the sentence explorer makes nothing wider than the phone; its text boxes stay inside the panel", async () => {
    const { page, problems } = await openPage(browser(), url("lessons/queries-keys-values/"), { viewport: phone });
    const explorer = await wakeIsland(page, "sentence-explorer");
    const long = "x".repeat(300);
    await explorer.getByRole("textbox", { name: /Source sentence/ }).fill(`le ${long} dort`);
    await expect(explorer.getByRole("listitem").filter({ hasText: long }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(phoneWidth);
    const panel = (await explorer.getByRole("figure").boundingBox())!;
    for (const name of [/Source sentence/, /Target sentence/]) {
      const box = (await explorer.getByRole("textbox", { name }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
    // The heatmaps' axes shorten the word; the cell names keep it whole.
    const ticks = await explorer.locator("[data-plots] svg [aria-label='x-axis tick label'] text").allTextContents();
    expect(ticks).toContain(`${"x".repeat(11)}…`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("boxes that scroll sideways", () => {
  it("a formula or figure wider than the phone scrolls in its own box, which the keyboard reaches there and only there", async () => {
    const { page, problems } = await openPage(browser(), url("lessons/multi-head/"), { viewport: wide });
    const stops = page.locator("main [tabindex='0']:is(.katex-display, .plot, .lab-figures, .table-scroll)");
    await expect(stops.count()).resolves.toBe(0);
    await page.setViewportSize(phone);
    await expect.poll(() => stops.count()).toBeGreaterThan(0);
    const first = stops.first();
    await expect(first.evaluate((box) => box.scrollWidth > box.clientWidth)).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(phoneWidth);
    // The keyboard scrolls it: focus, then the right arrow.
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => first.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("a lesson on a wide screen", () => {
  it("the lesson list stays in view while reading near the end of a long lesson, beside 'On this page', which lists the lesson's sections", async () => {
    const [lesson] = await lessonUrls();
    const { page, problems } = await openPage(browser(), lesson, { viewport: wide });
    const sections = await page.locator("article h2[id]").evaluateAll((hs) => hs.filter((h) => !h.closest("header, figure, section")).map((h) => [h.textContent!.trim(), `#${h.id}`]));
    const contents = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
    const listed = await contents.evaluateAll((links) => links.map((a) => [a.textContent!.trim(), a.getAttribute("href")]));
    expect(listed).toEqual(sections);
    expect(listed.length).toBeGreaterThanOrEqual(4);
    // Reading near the end: the article's end one screen below the window's.
    await page.evaluate(() => window.scrollTo(0, document.querySelector("article")!.getBoundingClientRect().bottom + window.scrollY - 2 * window.innerHeight));
    await page.waitForFunction(() => window.scrollY > 2000);
    const current = await page.getByRole("navigation", { name: "Lessons" }).locator("a[aria-current='page']").boundingBox();
    expect(current!.y).toBeGreaterThanOrEqual(0);
    expect(current!.y + current!.height).toBeLessThanOrEqual(wide.height);
    // Following an entry scrolls its section to the top.
    await contents.nth(2).click();
    await expect(page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), listed[2][1]!.slice(1))).resolves.toBeLessThan(50);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("the home page", () => {
  it("says where a newcomer starts and what they need, and lists each lesson's prerequisites and exercises", async () => {
    const { page, problems } = await openPage(browser(), baseUrl);
    const start = page.getByRole("region", { name: "Start here" });
    const [first] = await lessonUrls();
    await expect(start.getByRole("link").first().getAttribute("href")).resolves.toBe(new URL(first).pathname);
    await expect.poll(() => start.innerText()).toMatch(/You need: \S/);
    const items = page.getByRole("list").filter({ has: page.getByRole("link", { name: "Masking" }) }).getByRole("listitem");
    const masking = items.filter({ has: page.getByRole("link", { name: "Masking", exact: true }) });
    await expect.poll(() => masking.innerText()).toMatch(/Before this: \S/);
    await expect.poll(() => masking.innerText()).toMatch(/\b0 of \d+ exercises? done\b/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("counts an exercise solved in a lesson as done on the home page", async () => {
    const { page, problems } = await openPage(browser(), url("lessons/soft-lookup/"));
    const exercise = page.getByRole("region", { name: /^Exercise: / }).first();
    await exercise.scrollIntoViewIfNeeded();
    await exercise.locator("[data-cell-controls]:not([hidden])").waitFor();
    const solution = (await exercise.locator("[data-solution] pre").textContent()) ?? "";
    await replaceCode(page, exercise, solution);
    expect(await runCheck(exercise)).toBe("Correct! Every check passed.");
    await page.goto(baseUrl);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Attention as a soft dictionary lookup", exact: true }) });
    await expect.poll(() => item.innerText()).toMatch(/\b1 of \d+ exercises? done\b/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("links a reader follows from a lesson", () => {
  it("in every lesson the first use of a glossary term links to its entry, once per term", async () => {
    const glossary = await (await fetch(url("glossary/"))).text();
    for (const lesson of await lessonUrls()) {
      const { page } = await openPage(browser(), lesson, { javaScriptEnabled: false });
      const terms = await page.locator("article a[href*='glossary/#']").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
      expect(terms.length, `${lesson} links no glossary term`).toBeGreaterThanOrEqual(3);
      expect(new Set(terms).size, `${lesson} links a term twice: ${terms}`).toBe(terms.length);
      for (const id of terms) expect(glossary, `glossary entry #${id}`).toContain(`id="${id}"`);
      await page.context().close();
    }
  });

  it("in every lesson every reference links to its paper or page", async () => {
    for (const lesson of await lessonUrls()) {
      const { page } = await openPage(browser(), lesson, { javaScriptEnabled: false });
      const references = page.getByRole("heading", { level: 2, name: "References" }).locator("xpath=following-sibling::ul[1]").getByRole("listitem");
      const count = await references.count();
      expect(count, `${lesson} has no references`).toBeGreaterThan(0);
      for (let n = 0; n < count; n++) {
        const item = references.nth(n);
        await expect(item.locator("a[href^='https://']").count(), `${lesson}: "${(await item.innerText()).slice(0, 60)}" links nowhere`).resolves.toBeGreaterThan(0);
      }
      await page.context().close();
    }
  });

  it("a glossary term in the prose opens its entry", async () => {
    const { page, problems } = await openPage(browser(), url("lessons/scaled-dot-product-cross-attention/"));
    await page.locator("article").getByRole("link", { name: "query", exact: true }).first().click();
    await page.waitForURL(/glossary\/#query$/);
    await expect(page.getByRole("term").filter({ hasText: /^query$/ }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the footer names and links the open-source software the site is built with", async () => {
    const { page } = await openPage(browser(), baseUrl);
    const footer = page.getByRole("contentinfo");
    for (const name of ["Astro", "Observable Plot", "KaTeX"]) await expect(footer.getByRole("link", { name }).getAttribute("href")).resolves.toMatch(/^https:\/\//);
    await page.context().close();
  });
});

describe("a map too large to read cell by cell", () => {
  it("the sentence explorer's 16 x 64 output map is one image for a screen reader, named with a pointer to its table", async () => {
    const { page, problems } = await openPage(browser(), url("lessons/queries-keys-values/"));
    const explorer = await wakeIsland(page, "sentence-explorer");
    const sixteen = (prefix: string) => Array.from({ length: 16 }, (_, n) => `${prefix}${n}`).join(" ");
    await explorer.getByRole("textbox", { name: /Source sentence/ }).fill(sixteen("s"));
    await explorer.getByRole("textbox", { name: /Target sentence/ }).fill(sixteen("t"));
    await explorer.getByRole("combobox", { name: "d_model" }).selectOption("64");
    const map = explorer.getByRole("img", { name: /^Output, 16 × 64/ });
    await expect(map.getAttribute("aria-label")).resolves.toMatch(/Every value is in the table under “Show the numbers”\.$/);
    // Its 1,024 cells are parts of the image, not 1,024 stops: the tree shows the image alone.
    await expect(map.ariaSnapshot()).resolves.toMatch(/^- '?img "Output, 16 × 64[^\n]*"'?$/);
    await explorer.getByText("Show the numbers").click();
    await expect(explorer.getByRole("table", { name: /^Output \(16 × 64\)/ }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
