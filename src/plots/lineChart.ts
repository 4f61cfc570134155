import * as Plot from "@observablehq/plot";
import { formatPowerOfTen, formatSignificant } from "./formatSignificant";
import { plotChart } from "./plotChart";
import { activeRedrawScope } from "./RedrawScope";

export interface LineSeries {
  name: string;
  points: readonly { x: number; y: number }[];
}

export interface LineChartOptions {
  ariaLabel: string;
  xLabel: string;
  yLabel: string;
  /** "log" for d_k from 1 to 1024. */
  xType?: "linear" | "log";
  /** "log" (base 10) for values spanning orders of magnitude, such as gradient norms. */
  yType?: "linear" | "log";
  yDomain?: [number, number];
  /** A vertical rule marking the reader's current x. */
  marker?: number;
  document?: Document;
}

/** Colour-blind-safe categorical colours (Okabe-Ito), with a distinct dash per series too. */
const palette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7"];
const dashes = ["none", "6,3", "2,2", "8,3,2,3"];

/**
 * Several series against one x as lines with dots, a swatch legend drawn in SVG, and an optional
 * marker rule. Inside an island's RedrawScope, a chart whose only change is where the marker sits
 * (a slider moving along x) moves the marker of the chart already in the page instead of being
 * laid out again.
 */
export function lineChart(series: readonly LineSeries[], options: LineChartOptions): SVGSVGElement | HTMLElement {
  const layout = JSON.stringify([series, options.xLabel, options.yLabel, options.xType, options.yType, options.yDomain, options.marker === undefined]);
  const scope = activeRedrawScope();
  const live = scope?.claim(layout);
  const place = markerPlaces.get(layout);
  if (scope && live && place && options.marker !== undefined) {
    const x = String(place(options.marker));
    return scope.reuse(layout, live, () => {
      live.setAttribute("aria-label", options.ariaLabel);
      const line = live.querySelector(`.${markerClass} line`);
      line?.setAttribute("x1", x);
      line?.setAttribute("x2", x);
    }) as SVGSVGElement | HTMLElement;
  }
  const chart = draw(series, options);
  if (options.marker !== undefined) {
    // Plot draws a rule at the x scale's value plus a half-pixel offset for sharpness (none on dense screens).
    const scale = (chart as unknown as Plot.Plot).scale("x")!;
    const drawn = Number(chart.querySelector(`.${markerClass} line`)?.getAttribute("x1"));
    const offset = Math.round((drawn - scale.apply(options.marker)) * 2) / 2;
    if (markerPlaces.size >= 64) markerPlaces.delete(markerPlaces.keys().next().value!);
    markerPlaces.set(layout, (marker) => scale.apply(marker) + offset);
  }
  scope?.remember(layout, chart);
  return chart;
}

const markerClass = "chart-marker";
/** Where the marker of each layout of chart goes, from its x scale: shared by every drawing of that layout. */
const markerPlaces = new Map<string, (marker: number) => number>();

function draw(series: readonly LineSeries[], options: LineChartOptions): SVGSVGElement | HTMLElement {
  const rows = series.flatMap((s, n) => s.points.map((p) => ({ ...p, n })));
  return plotChart({
    document: options.document,
    ariaLabel: options.ariaLabel,
    width: 340,
    height: 230,
    marginLeft: options.yType === "log" ? 50 : 44,
    marginTop: 16 + 14 * series.length,
    x: { type: options.xType ?? "linear", label: options.xLabel, ...(options.xType === "log" ? { base: 2 } : {}) },
    y: { label: options.yLabel, domain: options.yDomain, grid: true, ...(options.yType === "log" ? { type: "log", tickFormat: formatPowerOfTen } : {}) },
    marks: [
      ...series.map((s, n) =>
        Plot.line(s.points, { x: "x", y: "y", stroke: palette[n % palette.length], strokeWidth: 2, strokeDasharray: dashes[n % dashes.length] }),
      ),
      Plot.dot(rows, { x: "x", y: "y", fill: (r: { n: number }) => palette[r.n % palette.length], r: 2.5, title: (r: { n: number; x: number; y: number }) => `${series[r.n].name}: ${r.x} → ${options.yType === "log" ? formatSignificant(r.y, 3) : r.y.toFixed(3)}` }),
      options.marker !== undefined ? Plot.ruleX([options.marker], { stroke: "currentColor", strokeOpacity: 0.6, className: markerClass }) : null,
      // The legend sits above the frame, one line per series, in the series' own colour.
      ...series.map((s, n) =>
        Plot.text([`— ${s.name}`], { frameAnchor: "top-left", dy: -14 * (series.length - n) - 2, fill: palette[n % palette.length], textAnchor: "start", ariaHidden: "true" }),
      ),
    ],
  });
}
