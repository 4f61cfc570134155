import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { plotChart } from "../../../src/plots/plotChart";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { drawingLang } from "../../../src/plots/drawingLang";

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

  /** Bars with axes, a grid and a named cell: groups Plot names in English. */
  const chartIn = (doc: Document) =>
    plotChart({
      document: doc,
      ariaLabel: "三根条形",
      y: { grid: true, label: "权重" },
      marks: [Plot.barY([1, 2, 3]), Plot.ruleY([0]), Plot.cell([{ x: "a", v: 1 }], { x: "x", fill: "v", ariaLabel: () => "a：1" })],
    });
  const names = (chart: Element) => Array.from(chart.querySelectorAll("g[aria-label]"), (g) => g.getAttribute("aria-label"));

  it("plotChart(options) on a Chinese page names Plot's groups in Chinese and leaves the chart's and the shapes' own names", () => {
    const { document: zhDocument } = parseHTML('<!doctype html><html lang="zh-Hans"><body></body></html>');
    const chart = chartIn(zhDocument as unknown as Document);
    expect(names(chart)).toEqual(expect.arrayContaining(["y 轴网格线", "x 轴刻度", "x 轴刻度标签", "y 轴标题", "条形", "直线", "方格"]));
    for (const name of names(chart)) expect(name).not.toMatch(/[a-z]{3,}/);
    expect(chart.getAttribute("aria-label")).toBe("三根条形");
    expect(chart.querySelector("rect[aria-label]")?.getAttribute("aria-label")).toBe("a：1");
    // The hiding and grouping rule still applies to the renamed groups.
    const groups = new Map(Array.from(chart.children, (g) => [g.getAttribute("aria-label"), g]));
    expect(groups.get("条形")?.getAttribute("aria-hidden")).toBe("true");
    expect(groups.get("方格")?.getAttribute("role")).toBe("group");
  });

  it("plotChart(options) on an English page keeps Plot's names", () => {
    const { document: enDocument } = parseHTML('<!doctype html><html lang="en"><body></body></html>');
    expect(names(chartIn(enDocument as unknown as Document))).toEqual(expect.arrayContaining(["y-grid", "x-axis tick", "x-axis tick label", "y-axis label", "bar", "rule", "cell"]));
  });

  it("renderToHtml(build, lang) draws in a document of the page's language, so a chart built there speaks it", () => {
    for (const [lang, bar] of [["zh", "条形"], ["en", "bar"]] as const) {
      let seen: string | undefined;
      const html = renderToHtml((doc) => {
        seen = drawingLang(doc.body);
        return chartIn(doc);
      }, lang);
      expect(seen).toBe(lang);
      expect(html).toContain(`aria-label="${bar}"`);
    }
  });
});
