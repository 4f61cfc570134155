import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { matrix, scaledDotProductAttention } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

const example = translationExample();
const dk = example.q.cols;
// Q Kᵀ of the running example, (Lq, dk) x (dk, Lk) -> (Lq, Lk); the scale does not change the raw scores.
const { scores } = scaledDotProductAttention(example.q, example.k, example.v);
const components = Array.from({ length: dk }, (_, c) => `c${c + 1}`);

interface State {
  [key: string]: number;
  /** Target token (query row). */
  query: number;
  /** Source token (key row). */
  key: number;
}

/** The scores lesson: the score matrix Q Kᵀ and one of its entries taken apart as a dot product, component by component. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "query", label: t.sdQuery, options: example.target.map((token, i) => ({ value: String(i), label: token })) },
      { kind: "select", name: "key", label: t.sdKey, options: example.source.map((token, j) => ({ value: String(j), label: token })) },
    ],
    initial: { query: 1, key: 2 },
    render(state, document) {
      const { query: i, key: j } = state;
      const q = example.q.data.subarray(i * dk, (i + 1) * dk);
      const k = example.k.data.subarray(j * dk, (j + 1) * dk);
      const terms = Array.from(q, (x, c) => ({ c: components[c], product: x * k[c] }));
      const score = scores.data[i * scores.cols + j];
      const scoresPlot = heatmap(scores, {
        rowLabels: example.target,
        colLabels: example.source,
        kind: "diverging",
        shape: ["Lq", "Lk"],
        rowTitle: t.rowTitleQueryTarget,
        colTitle: t.colTitleKeySource,
        highlightCell: [i, j],
        ariaLabel: t.sdScoresAria(scores.rows, scores.cols, example.target[i], example.source[j]),
        document,
        lang,
      });
      const termsPlot = plotChart({
        document,
        ariaLabel: t.sdTermsAria(dk, example.target[i], example.source[j], terms.map((term) => formatValue(term.product, 2)), formatValue(score, 2)),
        height: 200,
        marginLeft: 48,
        x: { domain: components, label: t.sdComponent },
        y: { label: "q_c × k_c", grid: true },
        marks: [
          Plot.barY(terms, { x: "c", y: "product", fill: (d) => (d.product >= 0 ? "#0072B2" : "#D55E00"), ariaHidden: "true" }),
          Plot.ruleY([0], { ariaHidden: "true" }),
        ],
      });
      // (3, dk): the query row, the key row and their products, component by component.
      const parts = matrix(3, dk, [...q, ...k, ...terms.map((t) => t.product)]);
      const tables = [
        numbersTable(scores, { rowLabels: example.target, colLabels: example.source, caption: t.sdScoresCaption, corner: t.cornerQueryKey, document }),
        numbersTable(parts, {
          rowLabels: [`q (${example.target[i]})`, `k (${example.source[j]})`, "q_c × k_c"],
          colLabels: components,
          caption: t.sdPartsCaption(example.target[i], example.source[j], formatValue(score, 3)),
          corner: t.slaRow,
          document,
        }),
      ];
      const row = Array.from(scores.data.subarray(i * scores.cols, (i + 1) * scores.cols));
      const best = row.indexOf(Math.max(...row));
      const sum = terms.map((term) => formatValue(term.product, 2)).join(" + ").replaceAll("+ −", "− ");
      const readout =
        `q(${example.target[i]}) · k(${example.source[j]}) = ${sum} = ${formatValue(score, 2)}; ` +
        (best === j ? t.sdNoHigher(example.target[i]) : t.sdHigher(example.source[best], example.target[i], formatValue(row[best], 2)));
      return { plots: [scoresPlot, termsPlot], tables, readout };
    },
  };
});
