import { describe, expect, inject, it } from "vitest";
import { siteText } from "../../src/i18n/siteText";
import { editionFindings } from "../i18n/editionFindings";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { sitemapPages } from "./crawl/sitemapPages";
import { htmlOf } from "./i18n/htmlOf";

/**
 * The header's language switch (issue 16): to the same page in the other edition with the address's
 * query and fragment, back again, remembered for a later visit to a home page; and every page's
 * <html lang> and hreflang alternates, under whatever base path the run serves.
 */
const baseUrl = inject("baseUrl");
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();

const at = (path: string) => new URL(path, baseUrl).href;
/** The switch, found as a reader finds it: the header link named in the other edition's language. */
const toChinese = siteText.en.otherEditionLabel;
const toEnglish = siteText.zh.otherEditionLabel;
/** The problems of a page the test leaves while it loads: its aborted requests are none. */
const realProblems = (problems: string[]) => problems.filter((p) => !p.includes("net::ERR_ABORTED"));

describe("the language switch", () => {
  it('"中文" on /lessons/masking/?x=1#masking-lab goes to /zh/lessons/masking/ with the query and fragment, and "English" comes back with them', async () => {
    const { page, problems } = await openPage(browser(), at("lessons/masking/?x=1#masking-lab"));
    const header = page.getByRole("banner");
    await expect.poll(() => header.getByRole("link", { name: toChinese }).innerText()).toBe("中文");
    await header.getByRole("link", { name: toChinese }).click();
    await page.waitForURL(at("zh/lessons/masking/?x=1#masking-lab"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-Hans");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toMatch(/\p{Script=Han}/u);
    await header.getByRole("link", { name: toEnglish }).click();
    await page.waitForURL(at("lessons/masking/?x=1#masking-lab"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("keeps the stepper's stage: ?step=5#stepper on the English lesson opens the Chinese stepper at stage 5", async () => {
    const lesson = "lessons/scaled-dot-product-cross-attention/";
    const { page, problems } = await openPage(browser(), at(`${lesson}?step=5#stepper`));
    await page.getByRole("banner").getByRole("link", { name: toChinese }).click();
    await page.waitForURL(at(`zh/${lesson}?step=5#stepper`));
    const stepper = page.locator("[data-stepper]");
    await expect.poll(() => stepper.getAttribute("data-step")).toBe("5");
    await expect(stepper.locator("[data-stage='5']").isVisible()).resolves.toBe(true);
    await expect(stepper.locator("[data-stage='1']").isVisible()).resolves.toBe(false);
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("remembers the choice: after choosing 中文, the English home page opened from outside goes to /zh/; after choosing English, /zh/ goes to the English home", async () => {
    const { page, problems } = await openPage(browser(), at("lessons/masking/"));
    // Opened from the site itself (a link within the course), the English home page stays.
    await page.getByRole("banner").getByRole("link", { name: toChinese }).click();
    await page.waitForURL(at("zh/lessons/masking/"));
    await page.goto(at(""), { referer: page.url() });
    expect(page.url()).toBe(at(""));
    // Opened from outside (a bookmark, a typed address: no referrer), it gives way to the chosen edition.
    await page.goto(at(""));
    await page.waitForURL(at("zh/"));
    await page.getByRole("banner").getByRole("link", { name: toEnglish }).click();
    await page.waitForURL(at(""));
    await page.goto(at("zh/"));
    await page.waitForURL(at(""));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("a reader who never chose stays on the home page they opened, in either edition", async () => {
    const { page, problems } = await openPage(browser(), at("zh/"));
    await page.waitForLoadState("networkidle");
    expect(page.url()).toBe(at("zh/"));
    await page.goto(at(""));
    await page.waitForLoadState("networkidle");
    expect(page.url()).toBe(at(""));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe(`every page's edition markup (served under ${basePath})`, () => {
  it("editionFindings(page) is empty for every page of the sitemap: <html lang> zh-Hans under zh/ and en elsewhere, hreflang alternates for en, zh-Hans and x-default, a switch to the twin", async () => {
    const pages = await sitemapPages(baseUrl);
    expect(pages.some((url) => new URL(url).pathname.startsWith(`${basePath}zh/`))).toBe(true);
    const findings: string[] = [];
    for (const url of pages) {
      const html = await htmlOf(url);
      findings.push(...editionFindings(html, new URL(url).pathname, basePath).map((f) => `${new URL(url).pathname}: ${f}`));
    }
    expect(findings).toEqual([]);
  });
});
