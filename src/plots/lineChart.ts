import * as Plot from "@observablehq/plot";
import { plotChart } from "./plotChart";

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
  yDomain?: [number, number];
  /** A vertical rule marking the reader's current x. */
  marker?: number;
  document?: Document;
}

/** Colour-blind-safe categorical colours (Okabe-Ito), with a distinct dash per series too. */
const palette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7"];
const dashes = ["none", "6,3", "2,2", "8,3,2,3"];

/** Several series against one x as lines with dots, a swatch legend drawn in SVG, and an optional marker rule. */
export function lineChart(series: readonly LineSeries[], options: LineChartOptions): SVGSVGElement | HTMLElement {
  const rows = series.flatMap((s, n) => s.points.map((p) => ({ ...p, n })));
  return plotChart({
    document: options.document,
    ariaLabel: options.ariaLabel,
    width: 340,
    height: 230,
    marginLeft: 44,
    marginTop: 16 + 14 * series.length,
    x: { type: options.xType ?? "linear", label: options.xLabel, ...(options.xType === "log" ? { base: 2 } : {}) },
    y: { label: options.yLabel, domain: options.yDomain, grid: true },
    marks: [
      ...series.map((s, n) =>
        Plot.line(s.points, { x: "x", y: "y", stroke: palette[n % palette.length], strokeWidth: 2, strokeDasharray: dashes[n % dashes.length] }),
      ),
      Plot.dot(rows, { x: "x", y: "y", fill: (r: { n: number }) => palette[r.n % palette.length], r: 2.5, title: (r: { n: number; x: number; y: number }) => `${series[r.n].name}: ${r.x} → ${r.y.toFixed(3)}` }),
      options.marker !== undefined ? Plot.ruleX([options.marker], { stroke: "currentColor", strokeOpacity: 0.6 }) : null,
      // The legend sits above the frame, one line per series, in the series' own colour.
      ...series.map((s, n) =>
        Plot.text([`— ${s.name}`], { frameAnchor: "top-left", dy: -14 * (series.length - n) - 2, fill: palette[n % palette.length], textAnchor: "start", ariaHidden: "true" }),
      ),
    ],
  });
}
