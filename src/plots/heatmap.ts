import * as Plot from "@observablehq/plot";
import type { Matrix } from "../core";
import { matrixCells } from "./matrixCells";
import { formatValue } from "./formatValue";

/** Colour-blind-safe defaults: viridis for weights (0..1), purple-orange diverging for signed scores. */
const defaults = {
  cellSize: 44,
  marginLeft: 80,
  marginBottom: 44,
  marginTop: 8,
  maskedFill: "var(--masked-fill, #bdbdbd)",
  sequentialScheme: "viridis",
  divergingScheme: "puor",
} as const;

export interface HeatmapOptions {
  /** One label per row (e.g. target tokens for the query axis). */
  rowLabels: readonly string[];
  /** One label per column (e.g. source tokens for the key axis). */
  colLabels: readonly string[];
  /** "sequential" for weights in [0, 1]; "diverging" for signed values such as scores. */
  kind?: "sequential" | "diverging";
  /** Axis titles, e.g. "query (target)" and "key (source)". */
  rowTitle?: string;
  colTitle?: string;
  /** Accessible name of the SVG. */
  ariaLabel: string;
  /** Row to outline, e.g. the query a reader picked. */
  highlightRow?: number;
  digits?: number;
  /** A server-side document (linkedom) at build time; the browser's document otherwise. */
  document?: Document;
}

/**
 * Draws a matrix (rows x cols) as a labelled heatmap with each value written in its cell.
 * Masked entries (-Infinity) are grey and marked "−∞" rather than coloured as a very small number.
 * Indices, not labels, key the scales so repeated tokens ("the ... the") keep their own rows.
 */
export function heatmap(m: Matrix, options: HeatmapOptions): SVGSVGElement | HTMLElement {
  const { rowLabels, colLabels, kind = "sequential", digits = 2 } = options;
  if (rowLabels.length !== m.rows) throw new RangeError(`heatmap: ${rowLabels.length} row labels for a matrix with ${m.rows} rows`);
  if (colLabels.length !== m.cols) throw new RangeError(`heatmap: ${colLabels.length} column labels for a matrix with ${m.cols} columns`);
  const cells = matrixCells(m);
  const finite = cells.filter((c) => !c.masked);
  const extent = Math.max(1e-12, ...finite.map((c) => Math.abs(c.value)));
  const color: Plot.ScaleOptions =
    kind === "sequential"
      ? { type: "linear", scheme: defaults.sequentialScheme, domain: [0, Math.max(1, ...finite.map((c) => c.value))] }
      : { type: "linear", scheme: defaults.divergingScheme, domain: [-extent, extent] };
  // Text must stay readable on both ends of the scale: light text on dark cells, dark on light.
  const textFill = (c: { value: number; masked: boolean }) => {
    if (c.masked) return "#222";
    const t = kind === "sequential" ? c.value / (color.domain as number[])[1] : Math.abs(c.value) / extent;
    return kind === "sequential" ? (t < 0.6 ? "white" : "black") : t > 0.6 ? "white" : "black";
  };
  return Plot.plot({
    document: options.document,
    ariaLabel: options.ariaLabel,
    width: defaults.marginLeft + defaults.cellSize * m.cols + 8,
    height: defaults.marginTop + defaults.marginBottom + defaults.cellSize * m.rows,
    marginLeft: defaults.marginLeft,
    marginBottom: defaults.marginBottom,
    marginTop: defaults.marginTop,
    padding: 0.04,
    x: {
      domain: colLabels.map((_, j) => j),
      tickFormat: (j: number) => colLabels[j],
      label: options.colTitle ?? null,
      axis: "bottom",
      labelAnchor: "center",
    },
    y: { domain: rowLabels.map((_, i) => i), tickFormat: (i: number) => rowLabels[i], label: options.rowTitle ?? null, labelAnchor: "center" },
    color,
    marks: [
      Plot.cell(finite, { x: "j", y: "i", fill: "value", ariaLabel: (c) => `${rowLabels[c.i]} → ${colLabels[c.j]}: ${formatValue(c.value, digits)}` }),
      Plot.cell(cells.filter((c) => c.masked), { x: "j", y: "i", fill: defaults.maskedFill, ariaLabel: (c) => `${rowLabels[c.i]} → ${colLabels[c.j]}: masked` }),
      Plot.text(cells, { x: "j", y: "i", text: (c) => formatValue(c.value, digits), fill: textFill, fontSize: 11, ariaHidden: "true" }),
      Plot.cell(
        cells.filter((c) => c.i === options.highlightRow),
        { x: "j", y: "i", fill: "none", stroke: "currentColor", strokeWidth: 2.5, inset: 1, ariaHidden: "true" },
      ),
    ],
  });
}
