import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { createRandom, randomMatrix, scaledDotProductAttention, sliceCols, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { largestAbsEntry, softmaxJacobian } from "../examples/softmaxJacobian";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";
import { whyScaleControls, whyScaleInitial, whyScaleWidths, type WhyScaleState } from "./whyScaleControls";

const defaults = { Lk: 6, seed: 21 } as const;
const widest = whyScaleWidths[whyScaleWidths.length - 1];

// One query and Lk keys drawn once at the widest width; a narrower dk uses their first dk
// components, so moving the control grows the same vectors instead of drawing new ones.
const rng = createRandom(defaults.seed);
const qWide = randomMatrix(rng, 1, widest); // (1, 512)
const kWide = randomMatrix(rng, defaults.Lk, widest); // (Lk, 512)
const vDummy = randomMatrix(rng, defaults.Lk, 1); // (Lk, 1): only the weights matter here
const keyLabels = Array.from({ length: defaults.Lk }, (_, j) => `k${j + 1}`);

/** The weights (1, Lk) of the query at width dk, with or without 1/sqrt(dk). */
export function saturationWeights(dk: number, scaled: boolean): Matrix {
  const q = sliceCols(qWide, 0, dk); // (1, dk)
  const k = sliceCols(kWide, 0, dk); // (Lk, dk)
  return scaledDotProductAttention(q, k, vDummy, scaled ? {} : { scale: 1 }).weights; // (1, Lk)
}

/** The why-scale lesson: one query's weights and the softmax Jacobian behind them; saturation empties the Jacobian. */
export default defineFigure<WhyScaleState>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: whyScaleControls(lang),
    initial: whyScaleInitial,
    render(state, document) {
      const dk = Number(state.dk);
      const weights = saturationWeights(dk, Boolean(state.scaled));
      const jacobian = softmaxJacobian(weights.data); // (Lk, Lk)
      const top = Math.max(...weights.data);
      const largest = largestAbsEntry(jacobian);
      const how = state.scaled ? t.wsatWith : t.wsatWithout;
      const bars = plotChart({
        document,
        ariaLabel: t.wsatBarsAria(defaults.Lk, dk, how, formatValue(top, 2)),
        height: 200,
        marginLeft: 44,
        x: { label: t.slkKey, domain: keyLabels },
        y: { label: t.slkWeight, domain: [0, 1], grid: true },
        marks: [
          Plot.barY(Array.from(weights.data), { x: (_: number, j: number) => keyLabels[j], y: (p: number) => p, fill: "#0072B2" }),
          Plot.text(Array.from(weights.data), { x: (_: number, j: number) => keyLabels[j], y: (p: number) => p, text: (p: number) => formatValue(p, 2), dy: -8 }),
          Plot.ruleY([0]),
        ],
      });
      const map = heatmap(jacobian, {
        rowLabels: keyLabels.map((k) => `p(${k})`),
        colLabels: keyLabels.map((k) => `s(${k})`),
        kind: "diverging",
        rowTitle: t.slkWeight,
        colTitle: t.wsatScore,
        ariaLabel: t.wsatMapAria(dk, how, formatValue(largest, 3)),
        digits: 3,
        document,
        lang,
      });
      const tables = [
        numbersTable(weights, { rowLabels: [t.slkWeight], colLabels: keyLabels, caption: t.wsatWeightsCaption(dk, how), document }),
        numbersTable(jacobian, {
          rowLabels: keyLabels.map((k) => `p(${k})`),
          colLabels: keyLabels.map((k) => `s(${k})`),
          caption: t.wsatJacobianCaption(dk, how),
          corner: t.wsatCorner,
          digits: 4,
          document,
        }),
      ];
      const readout = t.wsatReadout(dk, how, formatValue(top, 3), formatValue(largest, 4));
      return { plots: [bars, map], tables, readout };
    },
  };
});
