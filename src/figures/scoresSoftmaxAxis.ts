import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { rowSums, scaledDotProductAttention, softmaxRows, transpose, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
import { figureLabelsText, type FigureLabels } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

const example = translationExample();
const { scaled } = scaledDotProductAttention(example.q, example.k, example.v); // (Lq, Lk)

interface State {
  [key: string]: string;
  /** "keys": softmax along each row (correct). "queries": along each column (the bug). */
  axis: string;
}

/** The weights for a softmax along the keys (each row) or, wrongly, along the queries (each column). */
export function weightsAlong(axis: "keys" | "queries"): Matrix {
  // Softmax over the queries is the row softmax of the transposed scores, transposed back: (Lk, Lq) -> (Lq, Lk).
  return axis === "keys" ? softmaxRows(scaled) : transpose(softmaxRows(transpose(scaled)));
}

/** Sums as a bar chart, one bar per label, with the line at 1 that a distribution must reach. */
function sumsPlot(t: FigureLabels, sums: Float64Array, labels: readonly string[], what: string, document: Document): Element {
  const rows = Array.from(sums, (sum, n) => ({ n, label: labels[n], sum }));
  return plotChart({
    document,
    ariaLabel: t.ssaSumAria(what, rows.map((r) => `${r.label} ${formatValue(r.sum, 2)}`)),
    height: 40 + 28 * rows.length,
    marginLeft: 80,
    x: { domain: [0, Math.max(2, ...sums)], label: t.ssaSumAxis(what), grid: true },
    y: { domain: rows.map((r) => r.n), tickFormat: (n: number) => labels[n], label: null },
    marks: [
      Plot.barX(rows, { y: "n", x: "sum", fill: (r) => (Math.abs(r.sum - 1) < 1e-9 ? "#009E73" : "#D55E00"), ariaHidden: "true" }),
      Plot.text(rows, { y: "n", x: "sum", text: (r) => formatValue(r.sum, 2), dx: 18, ariaHidden: "true" }),
      Plot.ruleX([1], { stroke: "currentColor", strokeDasharray: "4 3", ariaHidden: "true" }),
    ],
  });
}

/** The scores lesson: softmax runs along the keys (the last axis); running it along the queries makes columns sum to 1 instead. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      {
        kind: "select",
        name: "axis",
        label: t.ssaAlong,
        options: [
          { value: "keys", label: t.ssaKeysOption },
          { value: "queries", label: t.ssaQueriesOption },
        ],
      },
    ],
    initial: { axis: "keys" },
    render(state, document) {
      const axis = state.axis === "queries" ? "queries" : "keys";
      const weights = weightsAlong(axis);
      const perQuery = rowSums(weights); // (Lq): what each query's weights add up to
      const weightsPlot = heatmap(weights, {
        rowLabels: example.target,
        colLabels: example.source,
        shape: ["Lq", "Lk"],
        rowTitle: t.rowTitleQueryTarget,
        colTitle: t.colTitleKeySource,
        ariaLabel: t.ssaAria(t.ssaAxis(axis), weights.rows, weights.cols),
        document,
        lang,
      });
      const table = numbersTable(weights, {
        rowLabels: example.target,
        colLabels: example.source,
        caption: t.ssaCaption(t.ssaAxis(axis)),
        corner: t.cornerQueryKey,
        document,
      });
      let worst = 0;
      perQuery.forEach((s, i) => {
        if (Math.abs(s - 1) > Math.abs(perQuery[worst] - 1)) worst = i;
      });
      const readout =
        axis === "keys"
          ? t.ssaReadoutKeys(weights.cols)
          : t.ssaReadoutQueries(example.target[worst], formatValue(perQuery[worst], 2));
      return { plots: [weightsPlot, sumsPlot(t, perQuery, example.target, t.ssaRowWhat, document)], tables: [table], readout };
    },
  };
});
