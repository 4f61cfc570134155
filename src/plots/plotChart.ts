import * as Plot from "@observablehq/plot";
import { drawingLang } from "./drawingLang";
import { plotGroupName } from "./plotGroupName";

/**
 * Observable Plot's plot() plus one accessibility rule and one stylesheet for every chart on the site. Plot names each
 * mark's <g> ("bar", "rule", "x-axis tick"), and a bare <g> may not carry aria-label (axe:
 * aria-prohibited-attr). The chart's own name and its "show the numbers" table carry the values, so
 * a group of unlabelled shapes is hidden from assistive tech, and a group of labelled shapes (a
 * heatmap's focusable cells) becomes a named group. Those names are Plot's English ones; they are
 * said in the language of the document the chart is drawn in (drawingLang).
 */
export function plotChart(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : Array.from(chart.getElementsByTagName("svg"));
  // Plot gives every chart its own <style>. Each one a lab inserts is a new stylesheet, and the
  // browser restyles the whole document for it (~8 ms per change on a long lesson), so the same
  // rules come once from the site's stylesheet instead (.chart in global.css).
  for (const style of Array.from(chart.getElementsByTagName("style"))) style.remove();
  chart.classList.add("chart");
  const lang = drawingLang(chart);
  for (const svg of svgs) {
    for (const group of Array.from(svg.querySelectorAll("g[aria-label]"))) {
      const name = plotGroupName(group.getAttribute("aria-label")!, lang);
      if (name !== undefined) group.setAttribute("aria-label", name);
    }
    for (const group of Array.from(svg.children)) {
      if (group.tagName.toLowerCase() !== "g" || !group.hasAttribute("aria-label") || group.hasAttribute("role")) continue;
      if (group.getAttribute("aria-hidden") === "true") continue;
      if (group.querySelector("[aria-label]")) group.setAttribute("role", "group");
      else group.setAttribute("aria-hidden", "true");
    }
  }
  return chart;
}
