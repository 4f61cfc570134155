import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { plotChart } from "../../../src/plots/plotChart";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

/** The top-level groups of a chart's svg, by Plot's aria-label. */
function groups(chart: Element): Map<string, Element> {
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.getElementsByTagName("svg")[0];
  return new Map(Array.from(svg.children).filter((g) => g.hasAttribute("aria-label")).map((g) => [g.getAttribute("aria-label")!, g]));
}

describe("plotChart", () => {
  it("plotChart(options) hides a mark group of unlabelled shapes from assistive tech and keeps the chart's name", () => {
    const chart = plotChart({ document: document as unknown as Document, ariaLabel: "Three bars", marks: [Plot.barY([1, 2, 3]), Plot.ruleY([0])] });
    expect(chart.getAttribute("aria-label")).toBe("Three bars");
    const byLabel = groups(chart);
    expect(byLabel.get("bar")?.getAttribute("aria-hidden")).toBe("true");
    expect(byLabel.get("rule")?.getAttribute("aria-hidden")).toBe("true");
    expect(byLabel.get("bar")?.hasAttribute("role")).toBe(false);
  });

  it("plotChart(options) makes a group of individually labelled shapes a named group instead of hiding it", () => {
    const chart = plotChart({
      document: document as unknown as Document,
      marks: [Plot.cell([{ x: "a", v: 1 }], { x: "x", fill: "v", ariaLabel: (d: { x: string; v: number }) => `${d.x}: ${d.v}` })],
    });
    const cells = groups(chart).get("cell");
    expect(cells?.getAttribute("role")).toBe("group");
    expect(cells?.hasAttribute("aria-hidden")).toBe(false);
    expect(cells?.querySelector("rect")?.getAttribute("aria-label")).toBe("a: 1");
  });

  it("plotChart(options) leaves no <style> in the chart and marks it .chart, whose rules the site's stylesheet holds", () => {
    const chart = plotChart({ document: document as unknown as Document, ariaLabel: "Three bars", marks: [Plot.barY([1, 2, 3])] });
    expect(chart.getElementsByTagName("style").length).toBe(0);
    expect(chart.classList.contains("chart")).toBe(true);
    expect(Plot.plot({ document: document as unknown as Document, marks: [Plot.barY([1, 2, 3])] }).getElementsByTagName("style").length).toBe(1);
  });
});
