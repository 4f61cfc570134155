import { scaledDotProductAttention, type AttentionTrace } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";

/** What the reader controls in the first lesson's figure. */
export interface WeightsFigureState {
  /** Softmax temperature τ: weights = softmax(Q Kᵀ / (τ √dk)). 1 is standard attention. */
  temperature: number;
  /** Index of the target token (query row) to outline. */
  query: number;
}

export const initialWeightsState: WeightsFigureState = { temperature: 1, query: 2 };
export const example = translationExample();

/** Runs the core on the running example at the reader's temperature. */
export function weightsTrace(state: WeightsFigureState): AttentionTrace {
  const dk = example.q.cols;
  return scaledDotProductAttention(example.q, example.k, example.v, { scale: 1 / (state.temperature * Math.sqrt(dk)) });
}

/** One sentence on the chosen query's strongest key, for the live region under the figure. */
export function weightsReadout(trace: AttentionTrace, state: WeightsFigureState): string {
  const { weights } = trace;
  const row = Array.from(weights.data.subarray(state.query * weights.cols, (state.query + 1) * weights.cols));
  const best = row.indexOf(Math.max(...row));
  return `“${example.target[state.query]}” puts ${formatValue(row[best] * 100, 0)}% of its attention on “${example.source[best]}”.`;
}

/** The weights heatmap (Lq x Lk, target tokens down, source tokens across) and its numbers table. */
export function weightsFigure(state: WeightsFigureState, document?: Document) {
  const trace = weightsTrace(state);
  const plot = heatmap(trace.weights, {
    rowLabels: example.target,
    colLabels: example.source,
    rowTitle: "query (target)",
    colTitle: "key (source)",
    ariaLabel: `Attention weights at temperature ${state.temperature}: ${example.target.length} target tokens by ${example.source.length} source tokens`,
    highlightRow: state.query,
    document,
  });
  const table = numbersTable(trace.weights, {
    rowLabels: example.target,
    colLabels: example.source,
    caption: `Attention weights at temperature ${state.temperature}; each row sums to 1`,
    corner: "query \\ key",
    document,
  });
  return { plot, table, trace, readout: weightsReadout(trace, state) };
}
