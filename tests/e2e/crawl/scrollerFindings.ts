import type { Page } from "playwright-core";

/**
 * Names every box in the lesson that scrolls sideways at the crawl's desktop width. Chromium gives
 * a scrolling box its own composited layer, and then tests every later piece of the page against it
 * each frame: one overflowing code block made every frame of a lab's redraw 30 to 40 ms longer
 * (measured with a trace; docs/performance.md). Content should wrap or shrink instead.
 */
export async function scrollerFindings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((el) => el.checkVisibility() && /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `<${el.tagName.toLowerCase()}${typeof el.className === "string" && el.className ? `.${el.className.split(" ")[0]}` : ""}> scrolls sideways (${el.scrollWidth} px of content in ${el.clientWidth} px): wrap or shrink it`),
  );
}
