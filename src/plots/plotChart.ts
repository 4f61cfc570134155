import * as Plot from "@observablehq/plot";

/**
 * Observable Plot's plot() plus one accessibility rule for every chart on the site. Plot names each
 * mark's <g> ("bar", "rule", "x-axis tick"), and a bare <g> may not carry aria-label (axe:
 * aria-prohibited-attr). The chart's own name and its "show the numbers" table carry the values, so
 * a group of unlabelled shapes is hidden from assistive tech, and a group of labelled shapes (a
 * heatmap's focusable cells) becomes a named group.
 */
export function plotChart(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : Array.from(chart.getElementsByTagName("svg"));
  for (const svg of svgs) {
    for (const group of Array.from(svg.children)) {
      if (group.tagName.toLowerCase() !== "g" || !group.hasAttribute("aria-label") || group.hasAttribute("role")) continue;
      if (group.getAttribute("aria-hidden") === "true") continue;
      if (group.querySelector("[aria-label]")) group.setAttribute("role", "group");
      else group.setAttribute("aria-hidden", "true");
    }
  }
  return chart;
}
