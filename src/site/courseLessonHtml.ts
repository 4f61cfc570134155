import { parseHTML } from "linkedom";

/** How one lesson's rendered HTML becomes a chapter of the course document. */
export interface CourseLessonOptions {
  /** The lesson's id: every element id of the lesson becomes `<lesson>--<id>`. */
  lesson: string;
  /** The lesson page's own path, base included ("/base/lessons/scores/"): relative links resolve against it. */
  pagePath: string;
  /** The in-document link for a site path that is a lesson page, and an anchor on it ("" for none), else undefined. */
  anchorOf: (path: string, hash: string) => string | undefined;
}

/**
 * What only a live island uses: its script and data, controls, and the places it writes messages.
 * The course document is read and printed as drawn at build time, so none of it is kept.
 */
const islandOnly = [
  "script",
  "noscript",
  ".controls",
  ".stepper-nav",
  "[data-cell-controls]",
  "[data-cell-share]",
  "[data-cell-notice]",
  "[data-cell-state]",
  "[data-exercise-result]",
  "[data-hints]",
  "[data-solution-box]",
  "[data-error]",
  "[data-notice]",
].join(", ");

/** Attributes that hold space-separated element ids. */
const idListAttributes = ["for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details", "aria-activedescendant", "aria-errormessage", "aria-flowto", "headers", "list", "form"];

/** The `<lesson>--<id>` form of an id, as courseLessonHtml writes it. */
export const courseElementId = (lesson: string, id: string) => `${lesson}--${id}`;

/**
 * A lesson's rendered HTML as one chapter of the course document: ids made unique across lessons
 * (`<lesson>--<id>`, with every reference to them: labels, ARIA, `#` links, SVG `url(#...)`),
 * relative links resolved against the lesson's own page, links to lesson pages turned into links
 * within the document, every walkthrough stage shown, and what only an island uses removed, so no
 * island wakes and the page prints as drawn. Build time only (linkedom).
 */
export function courseLessonHtml(html: string, options: CourseLessonOptions): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="course-lesson-root">${html}</div></body></html>`);
  const root = document.getElementById("course-lesson-root")!;
  for (const el of [...root.querySelectorAll(islandOnly)]) el.remove();
  for (const stage of root.querySelectorAll("section[data-stage][hidden]")) stage.removeAttribute("hidden");

  const ids = new Map<string, string>();
  for (const el of root.querySelectorAll("[id]")) {
    const id = el.getAttribute("id")!;
    ids.set(id, courseElementId(options.lesson, id));
    el.setAttribute("id", ids.get(id)!);
  }
  const mapUrls = (value: string) => value.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (whole, quote: string, id: string) => (ids.has(id) ? `url(${quote}#${ids.get(id)}${quote})` : whole));
  const base = new URL(options.pagePath, "http://site.invalid");
  for (const el of root.querySelectorAll("*")) {
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name)!;
      if (idListAttributes.includes(name)) {
        el.setAttribute(name, value.split(/\s+/).map((token) => ids.get(token) ?? token).join(" "));
      } else if ((name === "href" || name === "xlink:href") && value.startsWith("#")) {
        const target = ids.get(decodeURIComponent(value.slice(1)));
        if (target) el.setAttribute(name, `#${target}`);
      } else if ((name === "href" && el.tagName === "A") || (name === "src" && el.tagName === "IMG")) {
        if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(value)) continue; // another site, mailto: and the like
        const url = new URL(value, base);
        const path = url.pathname + url.search;
        el.setAttribute(name, (name === "href" && options.anchorOf(url.pathname, decodeURIComponent(url.hash.slice(1)))) || path + url.hash);
      } else if (value.includes("url(")) {
        el.setAttribute(name, mapUrls(value));
      }
    }
  }
  return root.innerHTML;
}
