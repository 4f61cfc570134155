import { scaledDotProductAttention } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { weightBars } from "../plots/weightBars";
import { formatValue } from "../plots/formatValue";
import { repeatedSource, repeatedTokenExample } from "../examples/repeatedTokenExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "checkbox", name: "positions", label: t.prAdd },
      { kind: "select", name: "query", label: t.prFollow, options: labels.map((label, p) => ({ value: String(p), label })) },
    ],
    initial: { positions: false, query: 3 },
    render(state, document) {
      const query = Number(state.query);
      const { q, k, v } = repeatedTokenExample(Boolean(state.positions));
      const { weights } = scaledDotProductAttention(q, k, v); // (Lq, Lk)
      const how = state.positions ? t.prWith : t.prWithout;
      const map = heatmap(weights, {
        rowLabels: labels,
        colLabels: labels,
        rowTitle: t.prRowTitle,
        colTitle: t.prColTitle,
        shape: ["Lq", "Lk"],
        highlightRow: query,
        ariaLabel: t.prMapAria(repeatedSource.join(" "), how),
        document,
        lang,
      });
      const row = Array.from(weights.data.subarray(query * weights.cols, (query + 1) * weights.cols));
      const bars = weightBars(row, { labels, highlight: query, ariaLabel: t.prBarsAria(labels[query], how), document, lang });
      const table = numbersTable(weights, { rowLabels: labels, colLabels: labels, caption: t.prCaption(how), corner: t.cornerQueryKey, document });
      const [a, b] = repeated;
      const readout = state.positions
        ? t.prReadoutWith(labels[query], formatValue(row[a], 2), labels[a], formatValue(row[b], 2), labels[b], labels[row.indexOf(Math.max(...row))])
        : t.prReadoutWithout(labels[a], labels[b], labels[query], formatValue(row[a], 2));
      return { plots: [map, bars], tables: [table], readout };
    },
  };
});
