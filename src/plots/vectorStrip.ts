import { matrix } from "../core";
import { heatmap } from "./heatmap";

export interface VectorStripOptions {
  /** The vector's name, written at the start of the strip, e.g. "q “black”". */
  name: string;
  /** Name of its length, for the badge "1 × d_k = 1 × 8". */
  lengthName: string;
  ariaLabel: string;
  /** Cells take focus and carry data-i / data-j (i = 0), as the heatmap's do. */
  focusable?: boolean;
  marginLeft?: number;
  document?: Document;
}

/**
 * One vector (a query q_i, a row of V, an output row) as a strip of cells: each entry's value in its
 * cell, its colour on the diverging scale, the dimension numbers 1..n under it. It is a heatmap of
 * one row, so it shares the heatmap's look, names, tooltip, focus and repaint.
 */
export function vectorStrip(values: ArrayLike<number>, options: VectorStripOptions): SVGSVGElement | HTMLElement {
  if (values.length === 0) throw new RangeError(`vectorStrip: “${options.name}” has no entries to draw`);
  const strip = matrix(1, values.length, Float64Array.from(values)); // (1, n)
  return heatmap(strip, {
    rowLabels: [options.name],
    colLabels: Array.from({ length: values.length }, (_, c) => String(c + 1)),
    kind: "diverging",
    shape: ["1", options.lengthName],
    ariaLabel: options.ariaLabel,
    focusable: options.focusable,
    marginLeft: options.marginLeft,
    document: options.document,
  });
}
