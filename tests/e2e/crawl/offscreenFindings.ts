import type { Page } from "playwright-core";

/**
 * A lesson's blocks out of view skip rendering (`skip-offscreen`: global.css and
 * src/site/skipOffscreenRendering.ts). That is only right if it moves nothing: names every block of
 * the lesson whose place or height differs from the page drawn whole, e.g. a block whose children's
 * margins stop collapsing through it once it is contained. Also names a page where skipping never
 * started.
 */
export async function offscreenFindings(page: Page): Promise<string[]> {
  const started = await page
    .waitForFunction(() => document.documentElement.classList.contains("skip-offscreen"), undefined, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!started) return ["blocks out of view never started skipping rendering (no skip-offscreen class on <html>)"];
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll("article.lesson > *")];
    const places = () => blocks.map((block) => block.getBoundingClientRect()).map((box) => [Math.round(box.top + window.scrollY), Math.round(box.height)]);
    const skipping = places();
    document.documentElement.classList.remove("skip-offscreen");
    const whole = places();
    document.documentElement.classList.add("skip-offscreen");
    return blocks.flatMap((block, n) => {
      if (skipping[n][0] === whole[n][0] && skipping[n][1] === whole[n][1]) return [];
      const name = `<${block.tagName.toLowerCase()}${block.className ? `.${block.className.split(" ")[0]}` : ""}>`;
      return [`${name} (block ${n + 1}) is at ${skipping[n][0]} px and ${skipping[n][1]} px tall while blocks out of view skip rendering, but at ${whole[n][0]} px and ${whole[n][1]} px drawn whole`];
    });
  });
}
