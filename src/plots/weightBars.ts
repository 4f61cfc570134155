import { figureText } from "../i18n/figureText";
import type { Lang } from "../i18n/lang";
import * as Plot from "@observablehq/plot";
import { plotChart } from "./plotChart";
import { formatValue } from "./formatValue";

export interface WeightBarsOptions {
  /** One label per key, e.g. the source tokens. */
  labels: readonly string[];
  ariaLabel: string;
  /** The edition of the axis title ("weight"); English by default. */
  lang?: Lang;
  /** Key to outline, e.g. the one under the reader's pointer. */
  highlight?: number;
  document?: Document;
}

/** One query's weights over the keys as horizontal bars on a fixed 0..1 axis, each bar labelled with its value. */
export function weightBars(weights: ArrayLike<number>, options: WeightBarsOptions): SVGSVGElement | HTMLElement {
  const { labels } = options;
  if (labels.length !== weights.length) throw new RangeError(`weightBars: ${labels.length} labels for ${weights.length} weights`);
  const rows = Array.from(weights, (w, j) => ({ j, w }));
  return plotChart({
    document: options.document,
    ariaLabel: options.ariaLabel,
    width: 320,
    height: 24 * labels.length + 40,
    marginLeft: 70,
    marginRight: 44,
    x: { domain: [0, 1], label: figureText[options.lang ?? "en"].weightAxis, grid: true },
    y: { domain: rows.map((r) => r.j), tickFormat: (j: number) => labels[j], label: null },
    marks: [
      Plot.barX(rows, { x: "w", y: "j", fill: "var(--accent, #1f5fa8)", title: (r) => `${labels[r.j]}: ${formatValue(r.w, 3)}` }),
      Plot.barX(rows.filter((r) => r.j === options.highlight), { x: 1, y: "j", fill: "none", stroke: "currentColor", strokeWidth: 2, ariaHidden: "true" }),
      Plot.text(rows, { x: "w", y: "j", text: (r) => formatValue(r.w, 3), dx: 4, textAnchor: "start", fill: "currentColor", ariaHidden: "true" }),
      Plot.ruleX([0]),
    ],
  });
}
