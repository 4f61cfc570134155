import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { matrix, scaledDotProductAttention, softmaxRows } from "../core";
import { formatValue } from "../plots/formatValue";
import { naiveSoftmaxRows } from "../examples/naiveSoftmaxRows";
import { translationExample } from "../examples/translationExample";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";

interface State {
  [key: string]: number;
  /** The constant c added to every score of the row. */
  shift: number;
}

const example = translationExample();
const query = 1; // "black"
/** The scaled scores of one query of the running example, (Lk). */
export const shiftScores = Array.from(scaledDotProductAttention(example.q, example.k, example.v).scaled.data.subarray(query * example.k.rows, (query + 1) * example.k.rows));
export const shiftQuery = example.target[query];
const methods = ["naive exp(s) / Σ exp(s)", "stable (core): subtract the maximum first"] as const;

/** Naive and stable weights (Lk each) of the row shifted by c. */
export function shiftedWeights(shift: number): { naive: number[]; stable: number[]; exps: number[] } {
  const row = matrix(1, shiftScores.length, shiftScores.map((s) => s + shift)); // (1, Lk)
  return {
    naive: Array.from(naiveSoftmaxRows(row).data),
    stable: Array.from(softmaxRows(row).data),
    exps: Array.from(row.data, Math.exp),
  };
}

/** The softmax-stability lesson: adding c to a row changes no weight, but the naive formula overflows or underflows. */
export default defineFigure<State>({
  controls: [{ kind: "range", name: "shift", label: "Add c to every score", min: -1000, max: 1000, step: 10, format: (c) => String(c) }],
  initial: { shift: 800 },
  render(state, document) {
    const { naive, stable, exps } = shiftedWeights(state.shift);
    const rows = methods.flatMap((method, m) => example.source.map((key, j) => ({ method, key, w: (m === 0 ? naive : stable)[j] })));
    const plot = plotChart({
      document,
      ariaLabel: `Weights of “${shiftQuery}” with c = ${state.shift} added to every score: naive ${naive.map((w) => formatValue(w, 2)).join(", ")}; stable ${stable.map((w) => formatValue(w, 2)).join(", ")}`,
      height: 220,
      marginLeft: 44,
      marginTop: 24,
      fx: { label: null, domain: methods as unknown as string[] },
      x: { label: "key (source)", domain: example.source },
      y: { label: "weight", domain: [0, 1], grid: true },
      marks: [
        // NaN bars are not drawn; their label still says NaN, which is the point.
        Plot.barY(rows.filter((r) => Number.isFinite(r.w)), { fx: "method", x: "key", y: "w", fill: "#0072B2" }),
        Plot.text(rows, { fx: "method", x: "key", y: (r) => (Number.isFinite(r.w) ? r.w : 0), text: (r) => formatValue(r.w, 2), dy: -8, fill: (r) => (Number.isFinite(r.w) ? "currentColor" : "#D55E00") }),
        Plot.ruleY([0]),
      ],
    });
    const table = textTable(
      document,
      `The scores of “${shiftQuery}” plus c = ${state.shift}, the naive exponentials and both softmaxes`,
      ["key", "score + c", "exp(score + c)", "naive weight", "stable weight"],
      example.source.map((key, j) => [key, formatValue(shiftScores[j] + state.shift, 2), exps[j] === Infinity ? "Infinity" : exps[j].toPrecision(3), formatValue(naive[j], 3), formatValue(stable[j], 3)]),
    );
    const top = Math.max(...shiftScores) + state.shift;
    const gap = Math.max(...naive.map((w, j) => Math.abs(w - stable[j])));
    const readout = !naive.some((w) => Number.isNaN(w))
      ? gap < 1e-9
        ? `With c = ${state.shift} both formulas agree, and the weights are the same as at c = 0.`
        : `With c = ${state.shift} the naive exponentials are so small they lose digits (subnormal numbers): its weights are off by up to ${formatValue(gap, 3)}; the stable softmax returns the same weights as at c = 0.`
      : exps.some((e) => e === Infinity)
        ? `With c = ${state.shift} the naive formula computes exp(${formatValue(top, 0)}) = Infinity and Infinity / Infinity = NaN; the stable softmax returns the same weights as at c = 0.`
        : `With c = ${state.shift} every naive exp(score + c) underflows to 0 and 0 / 0 = NaN; the stable softmax returns the same weights as at c = 0.`;
    return { plots: [plot], tables: [table], readout };
  },
});
