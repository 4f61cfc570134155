import type { Page } from "playwright-core";

/** The narrowest phone the site promises to serve (CSS px). */
export const phoneWidth = 360;
/** Figure text smaller than this on a phone is unreadable without zooming. */
export const minFigureTextPx = 9;

/**
 * What a reader meets on a phone (the page laid out `phoneWidth` wide): the page scrolling sideways
 * (and the boxes that stick out past its right edge, outside any box that scrolls or clips them),
 * figure text drawn smaller than `minFigureTextPx` (an SVG's font size times the scale the page
 * draws it at), and form controls that stick out of their figure. One line per problem.
 */
export async function phoneFindings(page: Page): Promise<string[]> {
  return page.evaluate(({ minFigureTextPx }) => {
    const found: string[] = [];
    const label = (el: Element) => {
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : "";
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls}>`;
    };
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) {
      // An ancestor that scrolls or clips sideways keeps its content off the page's own width.
      const contained = (el: Element) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
        return false;
      };
      // A box's content may stick out of it (a long word in a paragraph): unless the box scrolls or
      // clips it, its scroll width says how far.
      const right = (el: Element) => {
        const box = el.getBoundingClientRect();
        return getComputedStyle(el).overflowX === "visible" ? Math.max(box.right, box.left + el.scrollWidth) : box.right;
      };
      const out = [...document.body.querySelectorAll("*")].filter((el) => right(el) > width + 1 && el.checkVisibility() && !contained(el));
      // The innermost ones: their ancestors stick out because they do.
      const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
      found.push(`the page scrolls sideways: ${scrollWidth} px wide at ${width} px, past the edge: ${innermost.slice(0, 4).map(label).join(", ")}`);
    }
    const small = new Map<Element, { px: number; text: string }>();
    for (const text of document.querySelectorAll<SVGTextElement>("main svg text")) {
      const words = text.textContent?.trim() ?? "";
      const ctm = text.getScreenCTM();
      if (!words || !ctm || !text.checkVisibility()) continue;
      const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
      // Half a hundredth: the scale of an SVG drawn at its own size is not always exactly 1.
      if (px >= minFigureTextPx - 0.005) continue;
      const where = text.closest("figure") ?? text.ownerSVGElement!;
      const smallest = small.get(where);
      if (!smallest || px < smallest.px) small.set(where, { px, text: words.slice(0, 20) });
    }
    for (const [where, { px, text }] of small) {
      found.push(`${label(where)} draws text at ${px.toFixed(1)} px ("${text}"); figure text needs ${minFigureTextPx} px or more on a phone`);
    }
    for (const control of document.querySelectorAll("main figure input, main figure select, main figure textarea, main figure button")) {
      const figure = control.closest("figure")!;
      if (!control.checkVisibility()) continue;
      const box = control.getBoundingClientRect();
      const panel = figure.getBoundingClientRect();
      if (box.left < panel.left - 1 || box.right > panel.right + 1) {
        found.push(`${label(control)} sticks out of ${label(figure)} (${Math.round(box.left)}-${Math.round(box.right)} px in a figure at ${Math.round(panel.left)}-${Math.round(panel.right)} px)`);
      }
    }
    return found;
  }, { minFigureTextPx });
}
