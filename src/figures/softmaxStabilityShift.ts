import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { matrix, scaledDotProductAttention, softmaxRows } from "../core";
import { formatValue } from "../plots/formatValue";
import { naiveSoftmaxRows } from "../examples/naiveSoftmaxRows";
import { translationExample } from "../examples/translationExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "range", name: "shift", label: t.sssShift, min: -1000, max: 1000, step: 10, format: (c) => String(c) }],
    initial: { shift: 800 },
    render(state, document) {
      const { naive, stable, exps } = shiftedWeights(state.shift);
      const methods = [t.sssNaive, t.sssStable];
      const rows = methods.flatMap((method, m) => example.source.map((key, j) => ({ method, key, w: (m === 0 ? naive : stable)[j] })));
      const plot = plotChart({
        document,
        ariaLabel: t.sssAria(shiftQuery, state.shift, naive.map((w) => formatValue(w, 2)), stable.map((w) => formatValue(w, 2))),
        height: 220,
        marginLeft: 44,
        marginTop: 24,
        fx: { label: null, domain: methods },
        x: { label: t.colTitleKeySource, domain: example.source },
        y: { label: t.slkWeight, domain: [0, 1], grid: true },
        marks: [
          // NaN bars are not drawn; their label still says NaN, which is the point.
          Plot.barY(rows.filter((r) => Number.isFinite(r.w)), { fx: "method", x: "key", y: "w", fill: "#0072B2" }),
          Plot.text(rows, { fx: "method", x: "key", y: (r) => (Number.isFinite(r.w) ? r.w : 0), text: (r) => formatValue(r.w, 2), dy: -8, fill: (r) => (Number.isFinite(r.w) ? "currentColor" : "#D55E00") }),
          Plot.ruleY([0]),
        ],
      });
      const table = textTable(
        document,
        t.sssCaption(shiftQuery, state.shift),
        [t.slkKey, t.sssScorePlusC, t.sssExpScorePlusC, t.sssNaiveWeight, t.sssStableWeight],
        example.source.map((key, j) => [key, formatValue(shiftScores[j] + state.shift, 2), exps[j] === Infinity ? "Infinity" : exps[j].toPrecision(3), formatValue(naive[j], 3), formatValue(stable[j], 3)]),
      );
      const top = Math.max(...shiftScores) + state.shift;
      const gap = Math.max(...naive.map((w, j) => Math.abs(w - stable[j])));
      const readout = !naive.some((w) => Number.isNaN(w))
        ? gap < 1e-9
          ? t.sssAgree(state.shift)
          : t.sssSubnormal(state.shift, formatValue(gap, 3))
        : exps.some((e) => e === Infinity)
          ? t.sssOverflow(state.shift, formatValue(top, 0))
          : t.sssUnderflow(state.shift);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
