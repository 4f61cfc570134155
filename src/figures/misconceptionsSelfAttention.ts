import { argmaxRows, scaledDotProductAttention } from "../core";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { selfAttentionExample } from "../examples/selfAttentionExample";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  query: number;
}

const example = selfAttentionExample();
const { weights } = scaledDotProductAttention(example.q, example.k, example.v); // (L, L)
const best = argmaxRows(weights);
const labels = example.tokens.map((t, i) => `${t} (${i + 1})`);

/** The misconceptions lesson, misconception (f): in self-attention the diagonal is not guaranteed to win. */
export default defineFigure<State>({
  controls: [{ kind: "select", name: "query", label: "Query token", options: labels.map((label, i) => ({ value: String(i), label })) }],
  initial: { query: Array.from(best).findIndex((j, i) => j !== i) },
  render(state, document) {
    const i = state.query;
    const plot = heatmap(weights, {
      rowLabels: labels,
      colLabels: labels,
      rowTitle: "query",
      colTitle: "key (same sentence)",
      ariaLabel: `Self-attention weights of a ${labels.length}-token sentence with untrained, different W_Q and W_K`,
      highlightRow: i,
      document,
    });
    const table = numbersTable(weights, { rowLabels: labels, colLabels: labels, caption: "Self-attention weights; the diagonal is each token's weight on itself", corner: "query \\ key", document });
    const self = weights.data[i * weights.cols + i];
    const top = weights.data[i * weights.cols + best[i]];
    const others = Array.from(best).filter((j, n) => j !== n).length;
    const readout =
      best[i] === i
        ? `“${labels[i]}” does look most at itself (${formatValue(self, 2)}); ${others} of ${labels.length} tokens do not.`
        : `“${labels[i]}” looks most at “${labels[best[i]]}” (${formatValue(top, 2)}), not at itself (${formatValue(self, 2)}); ${others} of ${labels.length} tokens look most elsewhere.`;
    return { plots: [plot], tables: [table], readout };
  },
});
