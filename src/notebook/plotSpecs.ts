import { matrixValue } from "./matrixValue";
import type { PlotSpec } from "./outputTypes";

/** Marks an object made by `plot.*`, so show() and the serialiser pass it through as a plot. */
export const plotBrand: unique symbol = Symbol("plot");

export interface PlotOutput {
  readonly [plotBrand]: PlotSpec;
}

function finiteNumbers(values: unknown, op: string, name: string): number[] {
  if (!values || typeof (values as ArrayLike<number>).length !== "number") {
    throw new TypeError(`${op}: ${name} should be an array of numbers but it is ${String(values)}`);
  }
  const xs = Array.from(values as ArrayLike<unknown>);
  xs.forEach((x, i) => {
    if (typeof x !== "number" || !Number.isFinite(x)) throw new TypeError(`${op}: ${name}[${i}] is ${String(x)}; every entry must be a finite number`);
  });
  return xs as number[];
}

function labels(given: readonly unknown[] | undefined, n: number, prefix: string, op: string, name: string): string[] {
  if (given === undefined) return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  if (given.length !== n) throw new RangeError(`${op}: ${given.length} ${name} for ${n} ${name === "labels" ? "values" : name.startsWith("row") ? "rows" : "columns"}`);
  return given.map(String);
}

/**
 * Plot helpers for cells. Each returns a plain, serialisable spec that the page draws with
 * Observable Plot (and the build draws into the static HTML), so the worker needs no DOM.
 */
export const plot = {
  /** A heatmap of a matrix (or nested arrays); viridis for values in [0, 1], a diverging scale otherwise. */
  heatmap(
    m: unknown,
    options: { rowLabels?: readonly unknown[]; colLabels?: readonly unknown[]; title?: string; scheme?: "sequential" | "diverging" } = {},
  ): PlotOutput {
    const matrix = matrixValue(m, "plot.heatmap");
    const finite = matrix.data.filter((x) => x !== -Infinity);
    const scheme = options.scheme ?? (finite.every((x) => x >= 0 && x <= 1) ? "sequential" : "diverging");
    return {
      [plotBrand]: {
        type: "heatmap",
        matrix,
        rowLabels: labels(options.rowLabels, matrix.rows, "", "plot.heatmap", "rowLabels"),
        colLabels: labels(options.colLabels, matrix.cols, "", "plot.heatmap", "colLabels"),
        scheme,
        title: options.title,
      },
    };
  },
  /** One bar per value, labelled (default labels 0, 1, 2, ...). */
  bars(values: unknown, barLabels?: readonly unknown[], options: { title?: string } = {}): PlotOutput {
    const ys = finiteNumbers(values, "plot.bars", "values");
    return { [plotBrand]: { type: "bars", values: ys, labels: labels(barLabels, ys.length, "", "plot.bars", "labels"), title: options.title } };
  },
  /** A line through the points (xs[i], ys[i]). */
  line(xs: unknown, ys: unknown, options: { title?: string; xLabel?: string; yLabel?: string } = {}): PlotOutput {
    const x = finiteNumbers(xs, "plot.line", "xs");
    const y = finiteNumbers(ys, "plot.line", "ys");
    if (x.length !== y.length) throw new RangeError(`plot.line: ${x.length} xs but ${y.length} ys; give one y per x`);
    return { [plotBrand]: { type: "line", xs: x, ys: y, ...options } };
  },
};
