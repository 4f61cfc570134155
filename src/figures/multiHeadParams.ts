import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { multiHeadCrossAttention, zeros, type MultiHeadParams } from "../core";
import { formatValue } from "../plots/formatValue";
import { multiHeadCost } from "../examples/multiHeadCost";
import { multiHeadParameterCount } from "../examples/multiHeadParameterCount";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";
import { formatCount } from "../plots/formatCount";

interface State {
  [key: string]: number;
  dModel: number;
  heads: number;
  kdim: number;
  Lq: number;
  Lk: number;
}

const widths = [8, 64, 512];

/** Weights of the right shapes, checked by running the core once: it refuses any wrong shape. */
function buildParams(dModel: number, kdim: number, heads: number): MultiHeadParams {
  const bias = () => new Float64Array(dModel);
  const params: MultiHeadParams = {
    heads,
    wq: zeros(dModel, dModel), // (dModel, dModel)
    wk: zeros(kdim, dModel), // (kdim, dModel)
    wv: zeros(kdim, dModel), // (vdim = kdim, dModel)
    wo: zeros(dModel, dModel), // (dModel, dModel)
    bq: bias(),
    bk: bias(),
    bv: bias(),
    bo: bias(),
  };
  multiHeadCrossAttention(zeros(1, dModel), zeros(1, kdim), zeros(1, kdim), params);
  return params;
}

/** The multi-head lesson: parameters by block (h never changes them) and multiply-adds by stage. */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "dModel", label: "d_model", options: widths.map((d) => ({ value: String(d), label: String(d) })) },
    { kind: "select", name: "heads", label: "Heads h", options: [1, 2, 4, 8].map((h) => ({ value: String(h), label: String(h) })) },
    { kind: "select", name: "kdim", label: "Source width kdim = vdim", options: [0, 4, 32, 256, 1024].map((k) => ({ value: String(k), label: k === 0 ? "same as d_model" : String(k) })) },
    { kind: "range", name: "Lq", label: "L_q (target tokens)", min: 1, max: 200, step: 1 },
    { kind: "range", name: "Lk", label: "L_k (source tokens)", min: 1, max: 1000, step: 1 },
  ],
  initial: { dModel: 64, heads: 8, kdim: 0, Lq: 20, Lk: 30 },
  render(state, document) {
    const { dModel, heads, Lq, Lk } = state;
    const kdim = state.kdim === 0 ? dModel : state.kdim;
    const counts = multiHeadParameterCount(buildParams(dModel, kdim, heads));
    const cost = multiHeadCost({ Lq, Lk, dModel, heads, kdim, vdim: kdim });
    const blocks = [
      { block: "W_Q", shape: `${dModel}x${dModel}`, n: counts.wq },
      { block: "W_K", shape: `${kdim}x${dModel}`, n: counts.wk },
      { block: "W_V", shape: `${kdim}x${dModel}`, n: counts.wv },
      { block: "W_O", shape: `${dModel}x${dModel}`, n: counts.wo },
      { block: "biases", shape: `4 x ${dModel}`, n: counts.biases },
    ];
    const stages = [
      { stage: "Q, K, V projections", n: cost.projections },
      { stage: "scores Q Kᵀ", n: cost.scores },
      { stage: "weights × V", n: cost.weightedSum },
      { stage: "output W_O", n: cost.output },
    ];
    const bars = (data: { label: string; n: number }[], ariaLabel: string, x: string) =>
      plotChart({
        document,
        ariaLabel,
        width: 560,
        height: 40 + 32 * data.length,
        marginLeft: 150,
        x: { label: x, grid: true, tickFormat: "~s" },
        y: { label: null, domain: data.map((d) => d.label) },
        marks: [Plot.barX(data, { x: "n", y: "label", fill: "#0072b2" }), Plot.ruleX([0])],
      });
    const plots = [
      bars(blocks.map((b) => ({ label: b.block, n: b.n })), `Parameters by block for d_model ${dModel}, kdim ${kdim}, ${heads} heads: ${formatCount(counts.total)} in all`, "parameters"),
      bars(stages.map((s) => ({ label: s.stage, n: s.n })), `Multiply-adds by stage for L_q ${Lq}, L_k ${Lk}, d_model ${dModel}: ${formatCount(cost.total)} in all`, "multiply-adds"),
    ];
    const tables = [
      textTable(document, `Parameters of one multi-head attention layer (d_model = ${dModel}, kdim = vdim = ${kdim}, h = ${heads})`, ["block", "shape", "parameters"], [
        ...blocks.map((b) => [b.block, b.shape, formatCount(b.n)]),
        ["total", "", formatCount(counts.total)],
      ]),
      textTable(document, `Multiply-adds of one call (L_q = ${Lq}, L_k = ${Lk})`, ["stage", "multiply-adds"], [...stages.map((s) => [s.stage, formatCount(s.n)]), ["total", formatCount(cost.total)]]),
    ];
    const share = (100 * (cost.scores + cost.weightedSum)) / cost.total;
    const readout =
      `${formatCount(counts.total)} parameters whatever h is (${heads} heads of d_k = ${dModel / heads}); ` +
      `scores and weighted sum take ${formatValue(share, 0)}% of the ${formatCount(cost.total)} multiply-adds.`;
    return { plots, tables, readout };
  },
});
