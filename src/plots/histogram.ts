import * as Plot from "@observablehq/plot";
import { plotChart } from "./plotChart";
import { figureText } from "../i18n/figureText";
import type { Lang } from "../i18n/lang";

export interface HistogramOptions {
  ariaLabel: string;
  /** x-axis title, e.g. "q·k / √d_k". */
  label: string;
  /** Fixed x range, so two histograms side by side compare by eye; values outside are counted at the edges. */
  domain?: [number, number];
  thresholds?: number;
  document?: Document;
  /** The edition of the y-axis title ("count"); English by default. */
  lang?: Lang;
}

/** A histogram of samples (n) as bars of counts, in the figure's text colour. */
export function histogram(values: ArrayLike<number>, options: HistogramOptions): SVGSVGElement | HTMLElement {
  const domain = options.domain;
  // Clamp into the fixed domain so no sample silently disappears off the axis.
  const xs = Array.from(values, (x) => (domain ? Math.min(domain[1], Math.max(domain[0], x)) : x));
  return plotChart({
    document: options.document,
    ariaLabel: options.ariaLabel,
    width: 320,
    height: 200,
    marginLeft: 44,
    x: { label: options.label, domain },
    y: { label: figureText[options.lang ?? "en"].histogramCount, grid: true },
    marks: [
      Plot.rectY(xs, Plot.binX({ y: "count" }, { x: (d: number) => d, thresholds: options.thresholds ?? 30, domain, fill: "var(--accent, #1f5fa8)", inset: 0.5 } as Plot.BinXInputs<Plot.RectYOptions>)),
      Plot.ruleY([0]),
    ],
  });
}
