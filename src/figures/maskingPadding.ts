import { keyPaddingMask, scaledDotProductAttention } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { paddedTranslationExample } from "../examples/paddedTranslationExample";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: boolean;
  /** Block the padded keys. */
  masked: boolean;
}

const example = paddedTranslationExample(2);
const Lq = example.target.length;
const Lk = example.source.length;
const keyLabels = example.source.map((token, j) => (token === "<pad>" ? `<pad> ${j}` : token));

/** The trace with or without the key padding mask (Lq, Lk), and each query's total weight on padding. */
export function paddingTrace(masked: boolean) {
  const allowed = keyPaddingMask(Lq, Lk, example.length); // (Lq, Lk): the same row for every query
  const trace = scaledDotProductAttention(example.q, example.k, example.v, masked ? { allowed } : {});
  const onPadding = Array.from({ length: Lq }, (_, i) => {
    let sum = 0;
    for (let j = example.length; j < Lk; j++) sum += trace.weights.data[i * Lk + j];
    return sum;
  });
  return { trace, onPadding };
}

/** The masking lesson: a key padding mask blocks the same key columns for every query; without it pads take weight. */
export default defineFigure<State>({
  controls: [{ kind: "checkbox", name: "masked", label: "Apply the key padding mask" }],
  initial: { masked: true },
  render(state, document) {
    const { trace, onPadding } = paddingTrace(state.masked);
    const how = state.masked ? "with the key padding mask" : "without a mask";
    const common = { rowLabels: example.target, colLabels: keyLabels, rowTitle: "query (target)", colTitle: "key (source, padded)", shape: ["Lq", "Lk"] as const, document };
    const scores = heatmap(trace.masked, { ...common, kind: "diverging", ariaLabel: `Scaled scores ${how}: ${Lq} target tokens by ${Lk} source positions, the last ${Lk - example.length} of them padding${state.masked ? ", blocked (−∞) in every row" : ""}` });
    const weights = heatmap(trace.weights, { ...common, kind: "sequential", ariaLabel: `Attention weights ${how}; the most any query puts on padding is ${formatValue(Math.max(...onPadding), 2)}` });
    const tables = [
      numbersTable(trace.masked, { rowLabels: example.target, colLabels: keyLabels, caption: `Scaled scores ${how} (−∞ = blocked)`, corner: "query \\ key", document }),
      numbersTable(trace.weights, { rowLabels: example.target, colLabels: keyLabels, caption: `Attention weights ${how}; each row sums to 1`, corner: "query \\ key", document }),
    ];
    const worst = onPadding.indexOf(Math.max(...onPadding));
    const readout = state.masked
      ? `Every query gives the ${Lk - example.length} padded keys weight exactly 0; the mask is one row, repeated for all ${Lq} queries.`
      : `Without a mask “${example.target[worst]}” puts ${formatValue(onPadding[worst] * 100, 0)}% of its attention on padding.`;
    return { plots: [scores, weights], tables, readout };
  },
});
