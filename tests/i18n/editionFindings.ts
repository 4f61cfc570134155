import { parseHTML } from "linkedom";
import { editions, langOfPath, languages, twinPath } from "../../src/i18n/lang";

/**
 * What is wrong with a built page's edition markup (issue 16): its <html lang> is not its edition's
 * tag; it lacks a hreflang alternate for an edition or x-default (the English page), or one points
 * elsewhere than the twin; its language switch does not lead to the twin in the other edition.
 * `pathname` is the page's address path, `basePath` the site's base ("/course/x/").
 */
export function editionFindings(html: string, pathname: string, basePath: string): string[] {
  const { document } = parseHTML(html);
  const findings: string[] = [];
  const lang = langOfPath(pathname, basePath);
  const twin = (l: (typeof languages)[number]) => basePath + twinPath(pathname, basePath, l);
  const htmlLang = document.documentElement.getAttribute("lang");
  if (htmlLang !== editions[lang].tag) findings.push(`<html lang="${htmlLang}">, but the page is in the ${lang} edition ("${editions[lang].tag}")`);
  const alternates = new Map([...document.querySelectorAll("link[rel='alternate'][hreflang]")].map((link) => [link.getAttribute("hreflang"), link.getAttribute("href") ?? ""]));
  const expected: [string, string][] = [...languages.map((l): [string, string] => [editions[l].tag, twin(l)]), ["x-default", twin("en")]];
  for (const [tag, path] of expected) {
    const href = alternates.get(tag);
    if (href === undefined) findings.push(`no <link rel="alternate" hreflang="${tag}">`);
    else if (!URL.canParse(href) || new URL(href).pathname !== path) findings.push(`hreflang="${tag}" points at ${href}, not at ${path}`);
  }
  const switches = [...document.querySelectorAll("a[data-language-switch]")];
  const other = languages.find((l) => l !== lang)!;
  if (switches.length !== 1) findings.push(`${switches.length} language switches (a[data-language-switch]), not 1`);
  else if (switches[0].getAttribute("href") !== twin(other)) findings.push(`the language switch leads to ${switches[0].getAttribute("href")}, not to the ${other} twin ${twin(other)}`);
  return findings;
}
