import { argmaxRows, scaledDotProductAttention } from "../core";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { selfAttentionExample } from "../examples/selfAttentionExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "select", name: "query", label: t.wtQuery, options: labels.map((label, i) => ({ value: String(i), label })) }],
    initial: { query: Array.from(best).findIndex((j, i) => j !== i) },
    render(state, document) {
      const i = state.query;
      const plot = heatmap(weights, {
        rowLabels: labels,
        colLabels: labels,
        rowTitle: t.bbQuery,
        colTitle: t.msaKeySame,
        ariaLabel: t.msaAria(labels.length),
        highlightRow: i,
        document,
        lang,
      });
      const table = numbersTable(weights, { rowLabels: labels, colLabels: labels, caption: t.msaCaption, corner: t.cornerQueryKey, document });
      const self = weights.data[i * weights.cols + i];
      const top = weights.data[i * weights.cols + best[i]];
      const others = Array.from(best).filter((j, n) => j !== n).length;
      const readout =
        best[i] === i
          ? t.msaSelf(labels[i], formatValue(self, 2), others, labels.length)
          : t.msaOther(labels[i], labels[best[i]], formatValue(top, 2), formatValue(self, 2), others, labels.length);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
