import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { multiHeadCrossAttention, zeros, type MultiHeadParams } from "../core";
import { formatValue } from "../plots/formatValue";
import { multiHeadCost } from "../examples/multiHeadCost";
import { multiHeadParameterCount } from "../examples/multiHeadParameterCount";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "dModel", label: "d_model", options: widths.map((d) => ({ value: String(d), label: String(d) })) },
      { kind: "select", name: "heads", label: t.mhhHeads, options: [1, 2, 4, 8].map((h) => ({ value: String(h), label: String(h) })) },
      { kind: "select", name: "kdim", label: t.mhpKdim, options: [0, 4, 32, 256, 1024].map((k) => ({ value: String(k), label: k === 0 ? t.mhpSame : String(k) })) },
      { kind: "range", name: "Lq", label: t.mhpLq, min: 1, max: 200, step: 1 },
      { kind: "range", name: "Lk", label: t.mhpLk, min: 1, max: 1000, step: 1 },
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
        { block: t.mhpBiases, shape: `4 x ${dModel}`, n: counts.biases },
      ];
      const stages = [
        { stage: t.mhpProjections, n: cost.projections },
        { stage: t.mhpScores, n: cost.scores },
        { stage: t.mhpWeighted, n: cost.weightedSum },
        { stage: t.mhpOutput, n: cost.output },
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
        bars(blocks.map((b) => ({ label: b.block, n: b.n })), t.mhpParamsAria(dModel, kdim, heads, formatCount(counts.total)), t.mhpParameters),
        bars(stages.map((s) => ({ label: s.stage, n: s.n })), t.mhpCostAria(Lq, Lk, dModel, formatCount(cost.total)), t.mhpMultiplyAdds),
      ];
      const tables = [
        textTable(document, t.mhpParamsCaption(dModel, kdim, heads), [t.mhpBlock, t.qshShape, t.mhpParameters], [
          ...blocks.map((b) => [b.block, b.shape, formatCount(b.n)]),
          [t.mhTotal, "", formatCount(counts.total)],
        ]),
        textTable(document, t.mhpCostCaption(Lq, Lk), [t.mhpStage, t.mhpMultiplyAdds], [...stages.map((s) => [s.stage, formatCount(s.n)]), [t.mhTotal, formatCount(cost.total)]]),
      ];
      const share = (100 * (cost.scores + cost.weightedSum)) / cost.total;
      const readout = t.mhpReadout(formatCount(counts.total), heads, dModel / heads, formatValue(share, 0), formatCount(cost.total));
      return { plots, tables, readout };
    },
  };
});
