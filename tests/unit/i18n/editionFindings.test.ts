import { describe, expect, it } from "vitest";
import { editionFindings } from "../../i18n/editionFindings";

const base = "/course/x/";
/** A page head and header as BaseLayout writes them, for the path `zh/lessons/masking/` and its twin. */
const page = ({ lang = "zh-Hans", en = "lessons/masking/", zh = "zh/lessons/masking/", xDefault = "lessons/masking/", switchTo = "lessons/masking/" } = {}) => `<!doctype html><html lang="${lang}"><head>
  <link rel="alternate" hreflang="en" href="https://example.org${base}${en}">
  <link rel="alternate" hreflang="zh-Hans" href="https://example.org${base}${zh}">
  <link rel="alternate" hreflang="x-default" href="https://example.org${base}${xDefault}">
  </head><body><header><a class="language-switch" href="${base}${switchTo}" data-language-switch="en">English</a></header></body></html>`;

describe("editionFindings(html, pathname, basePath)", () => {
  it("finds nothing on a Chinese page with its lang, both alternates, x-default and a switch to its English twin", () => {
    expect(editionFindings(page(), `${base}zh/lessons/masking/`, base)).toEqual([]);
  });

  it("names a wrong <html lang>, an alternate pointing at another page, a missing x-default and a switch to the wrong page", () => {
    const html = page({ lang: "en", zh: "zh/lessons/scores/", switchTo: "lessons/scores/" }).replace(/.*x-default.*\n/, "");
    expect(editionFindings(html, `${base}zh/lessons/masking/`, base)).toEqual([
      '<html lang="en">, but the page is in the zh edition ("zh-Hans")',
      `hreflang="zh-Hans" points at https://example.org${base}zh/lessons/scores/, not at ${base}zh/lessons/masking/`,
      'no <link rel="alternate" hreflang="x-default">',
      `the language switch leads to ${base}lessons/scores/, not to the en twin ${base}lessons/masking/`,
    ]);
  });

  it("names an English page that is marked Chinese and has no language switch", () => {
    const html = page().replace(/<a class.*<\/a>/, "");
    expect(editionFindings(html, `${base}lessons/masking/`, base)).toEqual([
      '<html lang="zh-Hans">, but the page is in the en edition ("en")',
      "0 language switches (a[data-language-switch]), not 1",
    ]);
  });
});
