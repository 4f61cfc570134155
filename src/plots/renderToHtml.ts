import { parseHTML } from "linkedom";
import { editions, type Lang } from "../i18n/lang";

/**
 * Runs a figure builder against a server-side DOM and returns its markup, so every figure is in the
 * static HTML at build time (readable without JavaScript, nothing shifts when the island wakes).
 * The document's language is the page's (`lang`), so what the builder draws reads it as an island
 * reads its page's (plotChart names Plot's groups in it).
 * Build-time only: imported from Astro frontmatter, never shipped to the browser.
 */
export function renderToHtml(build: (document: Document) => Element, lang: Lang): string {
  const { document } = parseHTML(`<!doctype html><html lang="${editions[lang].tag}"><head></head><body></body></html>`);
  return build(document as unknown as Document).outerHTML;
}
