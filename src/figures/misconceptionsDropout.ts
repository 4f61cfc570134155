import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { createRandom, rowSums, scaledDotProductAttention } from "../core";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { translationExample } from "../examples/translationExample";
import { invertedDropout } from "../examples/invertedDropout";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number | boolean;
  /** Drop probability p. */
  p: number;
  seed: number;
  /** Training mode applies dropout; evaluation mode does not. */
  training: boolean;
}

const example = translationExample();
const { weights } = scaledDotProductAttention(example.q, example.k, example.v); // (Lq, Lk)

/** The misconceptions lesson, misconception (h): weights read after inverted dropout exceed 1 and rows stop summing to 1. */
export default defineFigure<State>({
  controls: [
    { kind: "range", name: "p", label: "Dropout p", min: 0, max: 0.9, step: 0.1, format: (p) => p.toFixed(1) },
    { kind: "range", name: "seed", label: "Random seed", min: 1, max: 20, step: 1 },
    { kind: "checkbox", name: "training", label: "Training mode (dropout on)" },
  ],
  initial: { p: 0.5, seed: 3, training: true },
  render(state, document) {
    const p = state.p as number;
    const shown = state.training ? invertedDropout(weights, p, createRandom(state.seed as number)) : weights;
    const sums = Array.from(rowSums(shown));
    const mode = state.training ? `training mode, p = ${p.toFixed(1)}` : "evaluation mode";
    const plots = [
      heatmap(shown, {
        rowLabels: example.target,
        colLabels: example.source,
        rowTitle: "query (target)",
        colTitle: "key (source)",
        ariaLabel: `Attention weights as read in ${mode}`,
        document,
      }),
      plotChart({
        document,
        ariaLabel: `Row sums of the weights in ${mode}; the line marks 1`,
        width: 420,
        height: 40 + 30 * sums.length,
        marginLeft: 80,
        x: { label: "row sum", grid: true, domain: [0, Math.max(2, ...sums)] },
        y: { label: null, domain: example.target },
        marks: [
          Plot.barX(sums.map((s, i) => ({ token: example.target[i], s })), { x: "s", y: "token", fill: "#0072b2" }),
          Plot.ruleX([1], { stroke: "#d55e00", strokeWidth: 2 }),
        ],
      }),
    ];
    const tables = [
      numbersTable(shown, { rowLabels: example.target, colLabels: example.source, caption: `Attention weights in ${mode}`, corner: "query \\ key", document }),
      numbersTable({ rows: sums.length, cols: 1, data: Float64Array.from(sums) }, { rowLabels: example.target, colLabels: ["row sum"], caption: `Row sums in ${mode}`, document }),
    ];
    const max = Math.max(...shown.data);
    const readout = state.training
      ? `Largest weight ${formatValue(max, 2)}${max > 1 ? " (above 1)" : ""}; row sums from ${formatValue(Math.min(...sums), 2)} to ${formatValue(Math.max(...sums), 2)}. Kept weights were divided by 1 − p = ${formatValue(1 - p, 1)}.`
      : `Evaluation mode: no dropout, every row sums to 1 and the largest weight is ${formatValue(max, 2)}.`;
    return { plots, tables, readout };
  },
});
