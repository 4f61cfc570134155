import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { languages, twinPath } from "../../src/i18n/lang";
import { blockDifferences } from "../i18n/lessonBlocks";
import { pageBlocks } from "../i18n/pageBlocks";
import { sitemapPages } from "./crawl/sitemapPages";
import { htmlOf as html } from "./i18n/htmlOf";

/**
 * The built editions are twins (issue 16): every page has its twin in the other edition, and a lesson
 * and its twin have the same figures, labs, steppers (and stage count), cells, exercises and
 * questions, in the same order. Read from the served HTML, without a browser: the blocks are all
 * in the static page.
 */
const baseUrl = inject("baseUrl");
const basePath = new URL(baseUrl).pathname;


/** The twin of `url` in the edition `lang`, as a URL on the test server. */
const twinUrl = (url: string, lang: (typeof languages)[number]) => new URL(twinPath(new URL(url).pathname, basePath, lang), baseUrl).href;

describe("the built editions are twins", () => {
  it("every page of the sitemap has its twin in every edition, and the sitemap lists it", async () => {
    const pages = await sitemapPages(baseUrl);
    const missing: string[] = [];
    for (const page of pages) {
      for (const lang of languages) {
        const twin = twinUrl(page, lang);
        if (!pages.includes(twin)) missing.push(`${new URL(page).pathname}: its ${lang} twin ${new URL(twin).pathname} is not in the sitemap`);
        else await html(twin).catch((error: Error) => missing.push(`${new URL(page).pathname}: its ${lang} twin: ${error.message}`));
      }
    }
    expect(pages.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it("each built lesson and its Chinese twin have the same [data-figure], stepper stages, [data-cell], [data-exercise] and [data-question] blocks, in order", async () => {
    const lessons = (await sitemapPages(baseUrl)).filter((url) => new URL(url).pathname.startsWith(`${basePath}lessons/`));
    expect(lessons.length).toBeGreaterThan(10);
    const findings: string[] = [];
    for (const en of lessons) {
      const zh = twinUrl(en, "zh");
      const [enBlocks, zhBlocks] = [pageBlocks(await html(en)), pageBlocks(await html(zh))];
      expect(enBlocks.length, `${en} has no blocks`).toBeGreaterThan(0);
      findings.push(...blockDifferences(enBlocks, zhBlocks, { en: new URL(en).pathname, zh: new URL(zh).pathname }));
    }
    expect(findings).toEqual([]);
  });
});

describe("the built-page parity check can fail", () => {
  it("blockDifferences(pageBlocks(en), pageBlocks(zh)) names a cell removed from the Chinese page and a stepper with a stage less", async () => {
    const en = new URL("lessons/scaled-dot-product-cross-attention/", baseUrl).href;
    const { document } = parseHTML(await html(twinUrl(en, "zh")));
    document.querySelector("[data-cell]")!.remove();
    document.querySelector("[data-stepper] [data-stage]")!.remove();
    const findings = blockDifferences(pageBlocks(await html(en)), pageBlocks(document.toString()), { en: "en", zh: "zh" });
    expect(findings).toEqual([
      expect.stringMatching(/^stepper#stepper stages=\d+: 1 in en, 0 in zh/),
      expect.stringMatching(/^cell#attend: 1 in en, 0 in zh/),
      expect.stringMatching(/^stepper#stepper stages=\d+: 0 in en, 1 in zh/),
    ]);
  });
});
