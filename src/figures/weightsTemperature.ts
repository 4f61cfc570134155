import { scaledDotProductAttention, type AttentionTrace } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
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
export default defineFigure<State>({
  controls: [
    { kind: "range", name: "temperature", label: "Temperature τ", min: 0.1, max: 4, step: 0.1, format: (t) => t.toFixed(1) },
    { kind: "select", name: "query", label: "Query token", options: example.target.map((token, i) => ({ value: String(i), label: token })) },
  ],
  initial: { temperature: 1, query: 2 },
  render(state, document) {
    const { weights } = trace(state);
    const plot = heatmap(weights, {
      rowLabels: example.target,
      colLabels: example.source,
      rowTitle: "query (target)",
      colTitle: "key (source)",
      ariaLabel: `Attention weights at temperature ${state.temperature}: ${example.target.length} target tokens by ${example.source.length} source tokens`,
      highlightRow: state.query,
      document,
    });
    const table = numbersTable(weights, {
      rowLabels: example.target,
      colLabels: example.source,
      caption: `Attention weights at temperature ${state.temperature}; each row sums to 1`,
      corner: "query \\ key",
      document,
    });
    const row = Array.from(weights.data.subarray(state.query * weights.cols, (state.query + 1) * weights.cols));
    const best = row.indexOf(Math.max(...row));
    const readout = `“${example.target[state.query]}” puts ${formatValue(row[best] * 100, 0)}% of its attention on “${example.source[best]}”.`;
    return { plots: [plot], tables: [table], readout };
  },
});
