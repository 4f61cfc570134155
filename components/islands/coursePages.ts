// The course document's table of contents gets page numbers, and a figure taller than a page
// shrinks to fit one. Chromium does not implement CSS's target-counter(), so the page works the
// numbers out itself with the browser's own fragmentation: it switches its print styles on (the
// @media print rules, for a moment, on screen), lays each chapter out as a multi-column box whose
// columns are the printed page's content area (the @page rule's size less its margins, in whole
// pixels as Chromium prints), counts the columns and switches everything back, all in one task, so
// nothing is painted in between. Columns break where pages do (break-before, break-inside: avoid,
// orphans and widows alike; boxes that scroll, which printing would break and columns would not,
// clip in print: course.astro), and each lesson starts a new page, so lesson k begins on 1 + the
// front matter's pages + the pages of the lessons before it. The course document's browser test
// prints the page with Chromium and checks these numbers, and that no figure is cut, against the
// PDF.
import { printMediaText } from "../../src/site/printMediaText";

const front = document.querySelector<HTMLElement>("[data-course-front]")!;
const chapters = [...document.querySelectorAll<HTMLElement>("article.course-lesson")];

/** A CSS length in CSS pixels, as the browser computes it. */
function px(length: string): number {
  const probe = document.createElement("div");
  probe.style.cssText = `position:absolute;visibility:hidden;width:${length}`;
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/** Every rule list of the page's style sheets, nested ones included. */
function* ruleLists(): Generator<CSSRuleList> {
  const stack: CSSRuleList[] = [];
  for (const sheet of document.styleSheets) {
    try {
      stack.push(sheet.cssRules);
    } catch {
      // A style sheet from another origin cannot be read; the site has none.
    }
  }
  for (let rules = stack.pop(); rules; rules = stack.pop()) {
    yield rules;
    for (const rule of rules) if ("cssRules" in rule && !(rule instanceof CSSPageRule)) stack.push((rule as CSSGroupingRule).cssRules);
  }
}

/**
 * The printed page's content area, in CSS pixels, from the page's @page rule, rounded up to whole
 * pixels as Chromium lays out a printed page: A4 less 16/16/18 mm margins prints 673 x 995 px, not
 * 672.76 x 994.02. Measured unrounded, lines that just fit in print wrapped (the decoding lesson's
 * questions) and blocks that just fit went to the next column (the masking lesson: a page long).
 */
function contentArea(): { width: number; height: number } {
  for (const rules of ruleLists()) {
    for (const rule of rules) {
      if (!(rule instanceof CSSPageRule) || rule.selectorText !== "") continue;
      const [width, height] = rule.style.getPropertyValue("size").trim().split(/\s+/).map(px);
      const margin = (side: string) => px(rule.style.getPropertyValue(`margin-${side}`) || "0");
      if (width > 0 && height > 0) return { width: Math.ceil(width - margin("left") - margin("right")), height: Math.ceil(height - margin("top") - margin("bottom")) };
    }
  }
  throw new Error("the course document's @page rule with a size is missing");
}

/** Turns every @media print rule on and every screen rule off; returns the undo. */
function printStylesOn(): () => void {
  const changed: [MediaList, string][] = [];
  for (const rules of ruleLists()) {
    for (const rule of rules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const text = rule.media.mediaText;
      const printed = printMediaText(text);
      if (printed === text) continue;
      changed.push([rule.media, text]);
      rule.media.mediaText = printed;
    }
  }
  return () => changed.forEach(([media, text]) => (media.mediaText = text));
}

/** What must stay on one page: each figure, and each stage of the walkthrough (shown whole here). */
const figures = "figure[data-figure]:not(.stepper), section[data-stage]";
/** What a figure keeps at full size when its drawings shrink to fit a page (the print rule in course.astro). */
const unscaled = "figcaption, .readout, h3, [data-sentence]";
/** Drawings shrink no further than this; a figure that would need more breaks across pages. */
const leastZoom = 0.5;

/**
 * Shrinks the drawings of every figure of `chapter` taller than a page, through --print-zoom (a
 * print-only rule zooms the figure's parts but its words), as little as lets it fit: laid out at the
 * page's width with the print styles on, a first guess in proportion, then halving the interval
 * (smaller drawings may sit side by side, so height is not proportional to zoom).
 */
function fitFigures(chapter: HTMLElement, area: { width: number; height: number }): void {
  const style = chapter.getAttribute("style");
  chapter.style.cssText += `;display:block;width:${area.width}px;margin:0;padding:0;border:0`;
  for (const figure of chapter.querySelectorAll<HTMLElement>(figures)) {
    const fitsAt = (zoom: number) => {
      if (zoom === 1) figure.style.removeProperty("--print-zoom");
      else figure.style.setProperty("--print-zoom", zoom.toFixed(3));
      return figure.getBoundingClientRect().height <= area.height;
    };
    if (fitsAt(1)) continue;
    const height = figure.getBoundingClientRect().height;
    const kept = [...figure.children].filter((child) => child.matches(unscaled)).reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
    let [fits, tooBig] = [leastZoom, 1];
    if (!fitsAt(fits)) continue;
    let zoom = Math.min(0.99, Math.max(leastZoom, (area.height - kept) / (height - kept)));
    for (let round = 0; round < 6; round++) {
      if (fitsAt(zoom)) fits = zoom;
      else tooBig = zoom;
      zoom = (fits + tooBig) / 2;
    }
    fitsAt(fits);
  }
  if (style === null) chapter.removeAttribute("style");
  else chapter.setAttribute("style", style);
}

/** How many pages `block` fills when printed alone from the top of a page. */
function pagesOf(block: HTMLElement, area: { width: number; height: number }): number {
  const style = block.getAttribute("style");
  block.style.cssText += `;display:block;box-sizing:content-box;width:${area.width}px;height:${area.height}px;margin:0;padding:0;border:0;columns:${area.width}px 1;column-gap:0;column-fill:auto`;
  // The column of the last box drawn, not of a marker after it: a marker sits below the last box's
  // bottom margin, which print drops at the foot of a page (the decoding lesson's references end
  // just above it, and a marker counted a page more for their margin).
  const left = block.getBoundingClientRect().left;
  const last = [...block.children].filter((child) => child.getClientRects().length > 0).at(-1);
  const columns = 1 + Math.max(0, ...[...(last?.getClientRects() ?? [])].map((rect) => Math.round((rect.left - left) / area.width)));
  if (style === null) block.removeAttribute("style");
  else block.setAttribute("style", style);
  return columns;
}

/** Measures every chapter and writes each lesson's first page into the contents. */
function number(): void {
  const area = contentArea();
  const undo = printStylesOn();
  try {
    const lessonPages = chapters.map((chapter) => {
      fitFigures(chapter, area);
      return pagesOf(chapter, area);
    });
    // The numbers written into the contents can change how it wraps: measure the front again until it holds.
    let frontPages = 0;
    for (let round = 0; round < 3; round++) {
      const measured = pagesOf(front, area);
      if (measured === frontPages) break;
      frontPages = measured;
      let page = frontPages + 1;
      chapters.forEach((chapter, n) => {
        front.querySelector(`[data-toc-page="${CSS.escape(chapter.dataset.lesson!)}"]`)!.textContent = String(page);
        page += lessonPages[n];
      });
      front.dataset.pages = String(page - 1);
    }
  } finally {
    undo();
  }
  front.dataset.pagesReady = "true";
}

addEventListener("beforeprint", number);
void document.fonts.ready.then(() => ("requestIdleCallback" in window ? requestIdleCallback(() => number(), { timeout: 2000 }) : setTimeout(number, 0)));
