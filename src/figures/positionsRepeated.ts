import { scaledDotProductAttention } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { weightBars } from "../plots/weightBars";
import { formatValue } from "../plots/formatValue";
import { repeatedSource, repeatedTokenExample } from "../examples/repeatedTokenExample";
import { defineFigure } from "./figureDefinition";

const labels = repeatedSource.map((token, p) => `${token} ${p}`);
// The two copies of "the": the same word at two positions.
const repeated = [repeatedSource.indexOf("the"), repeatedSource.lastIndexOf("the")];

interface State {
  [key: string]: boolean | number;
  positions: boolean;
  /** The query (0-based) whose weights are drawn as bars. */
  query: number;
}

/** The positions lesson: without positions two copies of a word in the memory are the same key; with them, not. */
export default defineFigure<State>({
  controls: [
    { kind: "checkbox", name: "positions", label: "Add positional encodings to the memory and the queries" },
    { kind: "select", name: "query", label: "Follow the query for", options: labels.map((label, p) => ({ value: String(p), label })) },
  ],
  initial: { positions: false, query: 3 },
  render(state, document) {
    const query = Number(state.query);
    const { q, k, v } = repeatedTokenExample(Boolean(state.positions));
    const { weights } = scaledDotProductAttention(q, k, v); // (Lq, Lk)
    const how = state.positions ? "with positional encodings" : "without positions";
    const map = heatmap(weights, {
      rowLabels: labels,
      colLabels: labels,
      rowTitle: "query (asks for word, position)",
      colTitle: "key (source word, position)",
      shape: ["Lq", "Lk"],
      highlightRow: query,
      ariaLabel: `Weights of 5 queries that copy “${repeatedSource.join(" ")}” in order, ${how}`,
      document,
    });
    const row = Array.from(weights.data.subarray(query * weights.cols, (query + 1) * weights.cols));
    const bars = weightBars(row, { labels, highlight: query, ariaLabel: `Weights of the query for “${labels[query]}” ${how}`, document });
    const table = numbersTable(weights, { rowLabels: labels, colLabels: labels, caption: `Attention weights ${how}; each row sums to 1`, corner: "query \\ key", document });
    const [a, b] = repeated;
    const readout = state.positions
      ? `With positions, the query for “${labels[query]}” puts ${formatValue(row[a], 2)} on “${labels[a]}” and ${formatValue(row[b], 2)} on “${labels[b]}”; its largest weight is on “${labels[row.indexOf(Math.max(...row))]}”.`
      : `Without positions “${labels[a]}” and “${labels[b]}” are the same vector, so the query for “${labels[query]}” gives both ${formatValue(row[a], 2)}: it cannot tell them apart.`;
    return { plots: [map, bars], tables: [table], readout };
  },
});
