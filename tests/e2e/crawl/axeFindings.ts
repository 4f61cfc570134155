import { resolve } from "node:path";
import type { Page } from "playwright-core";

const axePath = resolve(import.meta.dirname, "../../../node_modules/axe-core/axe.min.js");

/** WCAG 2.2 A and AA (each version's own rules carry its tag) and axe's best practices. */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Serious and critical axe-core violations of WCAG 2.2 A and AA and of axe's best practices on the
 * page as it is now, one line each; `rules` narrows the run to those rule ids (e.g. the colour
 * rules after a scheme switch).
 */
export async function axeFindings(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async ({ rules, axeTags }) => {
    type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: axeTags },
      resultTypes: ["violations"],
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `axe ${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(", ")}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ""}`);
  }, { rules, axeTags });
}
