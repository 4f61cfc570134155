import { argmaxRows, multiHeadCrossAttention, type MultiHeadTrace } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { multiHeadExample } from "../examples/multiHeadExample";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  /** h, a divisor of dModel = 8. */
  heads: number;
  /** Index of the target token (query row) to outline. */
  query: number;
}

const dModel = 8;

/** Runs the core on the multi-head example with h heads of width dModel / h. */
function trace(heads: number): { trace: MultiHeadTrace; source: string[]; target: string[] } {
  const example = multiHeadExample({ dModel, heads });
  return { trace: multiHeadCrossAttention(example.query, example.memory, example.memory, example.params), source: example.source, target: example.target };
}

/** The multi-head lesson: one (Lq, Lk) weight map per head, each from its own slices of W_Q, W_K, W_V. */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "heads", label: "Heads h", options: [1, 2, 4, 8].map((h) => ({ value: String(h), label: `${h} (d_k = ${dModel / h})` })) },
    { kind: "select", name: "query", label: "Query token", options: multiHeadExample().target.map((token, i) => ({ value: String(i), label: token })) },
  ],
  initial: { heads: 2, query: 2 },
  render(state, document) {
    const { trace: t, source, target } = trace(state.heads);
    const plots = t.perHead.map((head, n) =>
      heatmap(head.attention.weights, {
        rowLabels: target,
        colLabels: source,
        rowTitle: `head ${n + 1}: query`,
        colTitle: "key (source)",
        ariaLabel: `Head ${n + 1} of ${t.heads}: attention weights, ${target.length} target tokens by ${source.length} source tokens, from its own ${t.dk}-wide slices of the projections`,
        highlightRow: state.query,
        document,
      }),
    );
    const tables = t.perHead.map((head, n) =>
      numbersTable(head.attention.weights, {
        rowLabels: target,
        colLabels: source,
        caption: `Head ${n + 1} of ${t.heads} (d_k = ${t.dk}): attention weights; each row sums to 1`,
        corner: "query \\ key",
        document,
      }),
    );
    const picks = t.perHead.map((head, n) => `head ${n + 1} on “${source[argmaxRows(head.attention.weights)[state.query]]}”`);
    const readout =
      `With h = ${t.heads} heads of d_k = ${t.dk}, “${target[state.query]}” looks most at: ${picks.join(", ")}. ` +
      `The ${t.heads} outputs (${target.length}x${t.dk} each) are concatenated to ${t.concat.rows}x${t.concat.cols} and multiplied by one shared W_O (${dModel}x${dModel}): ` +
      `each head's output goes through its own ${t.dk} rows of W_O, and the ${t.heads} products are summed.`;
    return { plots, tables, readout };
  },
});
