import { parseHTML } from "linkedom";

/**
 * Runs a figure builder against a server-side DOM and returns its markup, so every figure is in the
 * static HTML at build time (readable without JavaScript, nothing shifts when the island wakes).
 * Build-time only: imported from Astro frontmatter, never shipped to the browser.
 */
export function renderToHtml(build: (document: Document) => Element): string {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  return build(document as unknown as Document).outerHTML;
}
