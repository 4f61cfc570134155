import type { Page } from "playwright-core";

/** What must not reach paper: site chrome, controls, and answers (a printed lesson is a worksheet). */
const hiddenInPrint = [".site-header", ".site-footer", "nav[aria-label='Lessons']", "main input", "main select", "main button", ".answer", "[data-answer]", "[data-solution]"];

/**
 * Switches the page to print media and names what prints that should not, every figure SVG shown
 * on screen that vanishes from paper, and a background that is not white.
 */
export async function printFindings(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll("figure[data-figure] svg").forEach((svg) => svg.checkVisibility() && svg.setAttribute("data-on-screen", "")),
  );
  await page.emulateMedia({ media: "print" });
  const found = await page.evaluate((hiddenInPrint) => {
    const label = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}>`;
    const problems: string[] = [];
    for (const selector of hiddenInPrint) {
      const shown = [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
      if (shown.length > 0) problems.push(`print shows ${selector}: ${shown.slice(0, 3).map(label).join(", ")}${shown.length > 3 ? ` and ${shown.length - 3} more` : ""}`);
    }
    const lost = [...document.querySelectorAll("svg[data-on-screen]")].filter((svg) => !svg.checkVisibility());
    if (lost.length > 0) problems.push(`print drops ${lost.length} figure SVG(s) shown on screen, first in ${label(lost[0].closest("figure")!)}`);
    const background = getComputedStyle(document.documentElement).backgroundColor;
    // Transparent prints as the paper, which is white.
    if (background !== "rgb(255, 255, 255)" && background !== "rgba(0, 0, 0, 0)") problems.push(`print background is ${background}, not white`);
    return problems;
  }, hiddenInPrint);
  await page.emulateMedia({ media: "screen" });
  return found;
}
