import { scaledDotProductAttention, type AttentionTrace } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

const example = translationExample();

interface State {
  [key: string]: number;
  /** Softmax temperature τ: weights = softmax(Q Kᵀ / (τ √dk)). 1 is standard attention. */
  temperature: number;
  /** Index of the target token (query row) to outline. */
  query: number;
}

/** Runs the core on the running example at the reader's temperature. */
function trace(state: State): AttentionTrace {
  const dk = example.q.cols;
  return scaledDotProductAttention(example.q, example.k, example.v, { scale: 1 / (state.temperature * Math.sqrt(dk)) });
}

/** The overview lesson's figure: weights (Lq x Lk) of the running example under a temperature. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "range", name: "temperature", label: t.wtTemperature, min: 0.1, max: 4, step: 0.1, format: (x) => x.toFixed(1) },
      { kind: "select", name: "query", label: t.wtQuery, options: example.target.map((token, i) => ({ value: String(i), label: token })) },
    ],
    initial: { temperature: 1, query: 2 },
    render(state, document) {
      const { weights } = trace(state);
      const plot = heatmap(weights, {
        rowLabels: example.target,
        colLabels: example.source,
        rowTitle: t.rowTitleQueryTarget,
        colTitle: t.colTitleKeySource,
        ariaLabel: t.wtAria(state.temperature, example.target.length, example.source.length),
        highlightRow: state.query,
        document,
        lang,
      });
      const table = numbersTable(weights, {
        rowLabels: example.target,
        colLabels: example.source,
        caption: t.wtCaption(state.temperature),
        corner: t.cornerQueryKey,
        document,
      });
      const row = Array.from(weights.data.subarray(state.query * weights.cols, (state.query + 1) * weights.cols));
      const best = row.indexOf(Math.max(...row));
      const readout = t.wtReadout(example.target[state.query], formatValue(row[best] * 100, 0), example.source[best]);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
