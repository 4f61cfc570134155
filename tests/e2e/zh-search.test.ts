import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { siteText } from "../../src/i18n/siteText";
import type { Lang } from "../../src/i18n/lang";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";

/**
 * The header search on the built site in both editions: a Chinese page searches the Chinese index
 * (Pagefind keeps one per <html lang> and segments Chinese into words), an English page the English one.
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** Types `term` into the header box of `page` (labelled in the page's language) and returns every result's address, the hidden ones shown too. */
async function search(page: Page, lang: Lang, term: string): Promise<{ status: string; hrefs: string[] }> {
  const text = siteText[lang];
  const box = page.getByRole("search", { name: text.searchRegion });
  await box.getByRole("searchbox", { name: text.searchLabel }).fill(term);
  const status = box.getByRole("status").filter({ hasText: term });
  await status.waitFor({ timeout: 15_000 });
  const more = box.getByRole("button", { name: /./ }).filter({ visible: true });
  if ((await more.count()) > 0) await more.click();
  const links = box.getByRole("list", { name: text.searchResults }).getByRole("link");
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { status: await status.innerText(), hrefs };
}

const zh = (path: string) => new URL(`zh/${path}`, baseUrl).href;
const en = (path: string) => new URL(path, baseUrl).href;
const inZh = (href: string) => href.startsWith(zh(""));

describe("search on a Chinese page", () => {
  const cases = [
    { term: "多头", lesson: "lessons/multi-head/" },
    { term: "掩码", lesson: "lessons/masking/" },
    { term: "注意力", lesson: "lessons/scaled-dot-product-cross-attention/" },
  ];
  for (const { term, lesson } of cases) {
    it(`search("${term}") on /zh/lessons/scores/ lists ${lesson} among Chinese pages only, and announces the count in Chinese`, async () => {
      const { page, problems } = await openPage(browser(), zh("lessons/scores/"));
      const { status, hrefs } = await search(page, "zh", term);
      expect(hrefs).toContain(zh(lesson));
      expect(hrefs.filter((href) => !inZh(href)), "English pages among the results").toEqual([]);
      expect(status).toMatch(new RegExp(`共找到 ${hrefs.length} 个页面`));
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('search("多头") ranks the multi-head lesson first', async () => {
    const { page } = await openPage(browser(), zh(""));
    const { hrefs } = await search(page, "zh", "多头");
    expect(hrefs[0]).toBe(zh("lessons/multi-head/"));
    await page.context().close();
  });
});

describe("search on an English page", () => {
  it('search("masking") on /lessons/scores/ lists the English masking lesson and English pages only', async () => {
    const { page, problems } = await openPage(browser(), en("lessons/scores/"));
    const { hrefs } = await search(page, "en", "masking");
    expect(hrefs).toContain(en("lessons/masking/"));
    expect(hrefs.filter(inZh), "Chinese pages among the results").toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('search("掩码"), a word of the Chinese edition only, finds nothing on an English page', async () => {
    const { page } = await openPage(browser(), en("lessons/scores/"));
    const { status, hrefs } = await search(page, "en", "掩码");
    expect(hrefs).toEqual([]);
    expect(status).toMatch(/No results/);
    await page.context().close();
  });
});
