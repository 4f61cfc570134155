import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { matrix, scaledDotProductAttention, type AttentionTrace } from "../core";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { softLookupExample, softLookupQuery } from "../examples/softLookupExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import type { Lang } from "../i18n/lang";
import { defineFigure, type FigureControl } from "./figureDefinition";

const example = softLookupExample();

export interface SoftLookupState {
  [key: string]: number;
  /** Direction of the query in the key plane, degrees. */
  angle: number;
  /** Length of the query: scales every score, so it sharpens or flattens the weights. */
  sharpness: number;
}

/** The lookup of one query against the dictionary: plain dot-product scores (scale 1), softmax over the keys. */
export function softLookup(state: SoftLookupState): AttentionTrace {
  // (1, dk) x (dk, Lk) -> (1, Lk) scores; weights (1, Lk); output (1, dv).
  return scaledDotProductAttention(softLookupQuery(state.angle, state.sharpness), example.keys, example.values, { scale: 1 });
}

/** The soft-lookup lesson's two figures share their controls: the query's direction and its length. */
export const softLookupControls = (lang: Lang): FigureControl[] => [
  { kind: "range", name: "angle", label: figureLabelsText[lang].slkDirection, min: 0, max: 355, step: 5, format: (a) => `${a}°` },
  { kind: "range", name: "sharpness", label: figureLabelsText[lang].slkLength, min: 0, max: 10, step: 0.5, format: (s) => s.toFixed(1) },
];
export const softLookupInitial: SoftLookupState = { angle: 110, sharpness: 2 };

/** The soft-lookup lesson: the weights a query puts on each key, a distribution that sums to 1. */
export default defineFigure<SoftLookupState>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: softLookupControls(lang),
    initial: softLookupInitial,
    render(state, document) {
      const { scores, weights } = softLookup(state);
      const rows = example.names.map((name, j) => ({ name, weight: weights.data[j] }));
      const plot = plotChart({
        document,
        // The bars are hidden from assistive tech (a bare <rect> may not carry a label); the values are in this name and the table.
        ariaLabel: t.slkWeightsAria(state.angle, state.sharpness, rows.map((r) => `${r.name} ${formatValue(r.weight, 2)}`)),
        height: 220,
        marginLeft: 48,
        x: { domain: example.names, label: t.slkKey },
        y: { domain: [0, 1], label: t.slkWeight, grid: true },
        marks: [
          Plot.barY(rows, { x: "name", y: "weight", fill: "#0072B2", ariaHidden: "true" }),
          Plot.text(rows, { x: "name", y: "weight", text: (d) => formatValue(d.weight, 2), dy: -8, ariaHidden: "true" }),
          Plot.ruleY([0], { ariaHidden: "true" }),
        ],
      });
      // (Lk, 2): one row per key with its score and its weight, side by side.
      const numbers = matrix(example.names.length, 2, example.names.flatMap((_, j) => [scores.data[j], weights.data[j]]));
      const table = numbersTable(numbers, {
        rowLabels: example.names,
        colLabels: [t.slkScore, t.slkWeight],
        caption: t.slkCaption(state.angle, state.sharpness),
        corner: t.slkKey,
        document,
      });
      const best = rows.reduce((a, b) => (b.weight > a.weight ? b : a));
      const uniform = rows.every((r) => Math.abs(r.weight - rows[0].weight) < 1e-12);
      const readout = uniform
        ? t.slkUniform(formatValue(rows[0].weight, 2))
        : t.slkReadout(best.name, formatValue(best.weight * 100, 0), rows.length);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
