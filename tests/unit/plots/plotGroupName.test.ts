import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { plotGroupName } from "../../../src/plots/plotGroupName";
import { plotNamesText } from "../../../src/i18n/plotNamesText";

/** Every name Plot itself writes on a <g>, drawing many kinds of mark with axes, grids and facets. */
function namesPlotWrites(): string[] {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const data = [
    { x: 1, y: 2, x2: 2, y2: 3, g: "a", f: "p", t: "one" },
    { x: 2, y: 1, x2: 3, y2: 1, g: "b", f: "q", t: "two" },
    { x: 3, y: 3, x2: 4, y2: 2, g: "a", f: "q", t: "three" },
  ];
  const chart = Plot.plot({
    document: document as unknown as Document,
    x: { grid: true, label: "x" },
    y: { grid: true, label: "y" },
    fx: { label: "fx" },
    fy: { label: "fy" },
    marks: [
      Plot.frame(),
      Plot.areaY(data, { x: "x", y: "y", fx: "f" }),
      Plot.arrow(data, { x1: "x", y1: "y", x2: "x2", y2: "y2", fy: "g" }),
      Plot.barY(data, { x: "x", y: "y" }),
      Plot.cell(data, { x: "x", y: "y" }),
      Plot.dot(data, { x: "x", y: "y" }),
      Plot.line(data, { x: "x", y: "y" }),
      Plot.link(data, { x1: "x", y1: "y", x2: "x2", y2: "y2" }),
      Plot.rect(data, { x1: "x", y1: "y", x2: "x2", y2: "y2" }),
      Plot.ruleY([0]),
      Plot.text(data, { x: "x", y: "y", text: "t" }),
      Plot.tickX(data, { x: "x", y: "y" }),
      Plot.vector(data, { x: "x", y: "y", length: 5 }),
      Plot.image(data, { x: "x", y: "y", src: () => "data:," }),
      Plot.linearRegressionY(data, { x: "x", y: "y" }),
      Plot.hull(data, { x: "x", y: "y" }),
      Plot.voronoiMesh(data, { x: "x", y: "y" }),
      Plot.delaunayLink(data, { x: "x", y: "y" }),
    ],
  });
  return [...new Set(Array.from(chart.querySelectorAll("g[aria-label]"), (g) => g.getAttribute("aria-label")!))];
}

describe("plotGroupName", () => {
  it("plotGroupName(name, 'zh') says each part of an axis, and a grid, in Chinese with the scale's name", () => {
    expect(plotGroupName("x-axis tick", "zh")).toBe("x 轴刻度");
    expect(plotGroupName("x-axis tick label", "zh")).toBe("x 轴刻度标签");
    expect(plotGroupName("y-axis label", "zh")).toBe("y 轴标题");
    expect(plotGroupName("fx-axis tick label", "zh")).toBe("分面 x 轴刻度标签");
    expect(plotGroupName("fy-axis", "zh")).toBe("分面 y 轴");
    expect(plotGroupName("y-grid", "zh")).toBe("y 轴网格线");
  });

  it("plotGroupName(name, 'zh') gives a mark's Chinese name", () => {
    expect(plotGroupName("bar", "zh")).toBe("条形");
    expect(plotGroupName("rule", "zh")).toBe("直线");
    expect(plotGroupName("cell", "zh")).toBe("方格");
    expect(plotGroupName("delaunay link", "zh")).toBe("德劳内连线");
  });

  it("plotGroupName(name, lang) is undefined for a name Plot does not write, so the site's own names stay", () => {
    for (const name of ["the → chat: 0.50", "z-axis tick", "x-axis ticks", "x-axis tick label ", "bars", "constructor", "toString", ""]) {
      expect(plotGroupName(name, "zh"), name).toBeUndefined();
      expect(plotGroupName(name, "en"), name).toBeUndefined();
    }
  });

  it("plotGroupName(name, 'en') keeps every name Plot writes, and 'zh' renames every one of them into Chinese", () => {
    const names = namesPlotWrites();
    // The drawing really has axes with their ticks, labels and grids, facets and many marks.
    for (const name of ["x-axis tick", "x-axis tick label", "x-axis label", "y-grid", "fx-axis tick label", "fy-axis label", "frame", "bar", "rule", "linear-regression"]) {
      expect(names).toContain(name);
    }
    for (const name of names) {
      expect(plotGroupName(name, "en"), name).toBe(name);
      const zh = plotGroupName(name, "zh");
      expect(zh, name).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, name).not.toMatch(/[a-z]{2,}/);
    }
  });

  it("plotNamesText: zh names every mark en names, each in Chinese", () => {
    expect(Object.keys(plotNamesText.zh.mark).sort()).toEqual(Object.keys(plotNamesText.en.mark).sort());
    for (const [plot, name] of Object.entries(plotNamesText.zh.mark)) expect(name, plot).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
