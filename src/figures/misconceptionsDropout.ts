import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { createRandom, rowSums, scaledDotProductAttention } from "../core";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { translationExample } from "../examples/translationExample";
import { invertedDropout } from "../examples/invertedDropout";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "range", name: "p", label: t.mdP, min: 0, max: 0.9, step: 0.1, format: (p) => p.toFixed(1) },
      { kind: "range", name: "seed", label: t.mdSeed, min: 1, max: 20, step: 1 },
      { kind: "checkbox", name: "training", label: t.mdTraining },
    ],
    initial: { p: 0.5, seed: 3, training: true },
    render(state, document) {
      const p = state.p as number;
      const shown = state.training ? invertedDropout(weights, p, createRandom(state.seed as number)) : weights;
      const sums = Array.from(rowSums(shown));
      const mode = state.training ? t.mdTrainingMode(p.toFixed(1)) : t.mdEvalMode;
      const plots = [
        heatmap(shown, {
          rowLabels: example.target,
          colLabels: example.source,
          rowTitle: t.rowTitleQueryTarget,
          colTitle: t.colTitleKeySource,
          ariaLabel: t.mdAria(mode),
          document,
          lang,
        }),
        plotChart({
          document,
          ariaLabel: t.mdSumsAria(mode),
          width: 420,
          height: 40 + 30 * sums.length,
          marginLeft: 80,
          x: { label: t.mdRowSum, grid: true, domain: [0, Math.max(2, ...sums)] },
          y: { label: null, domain: example.target },
          marks: [
            Plot.barX(sums.map((s, i) => ({ token: example.target[i], s })), { x: "s", y: "token", fill: "#0072b2" }),
            Plot.ruleX([1], { stroke: "#d55e00", strokeWidth: 2 }),
          ],
        }),
      ];
      const tables = [
        numbersTable(shown, { rowLabels: example.target, colLabels: example.source, caption: t.mdCaption(mode), corner: t.cornerQueryKey, document }),
        numbersTable({ rows: sums.length, cols: 1, data: Float64Array.from(sums) }, { rowLabels: example.target, colLabels: [t.mdRowSum], caption: t.mdSumsCaption(mode), document }),
      ];
      const max = Math.max(...shown.data);
      const readout = state.training
        ? t.mdReadout(formatValue(max, 2), max > 1, formatValue(Math.min(...sums), 2), formatValue(Math.max(...sums), 2), formatValue(1 - p, 1))
        : t.mdEvalReadout(formatValue(max, 2));
      return { plots, tables, readout };
    },
  };
});
