import { keyPaddingMask, scaledDotProductAttention } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { paddedTranslationExample } from "../examples/paddedTranslationExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "checkbox", name: "masked", label: t.mpApply }],
    initial: { masked: true },
    render(state, document) {
      const { trace, onPadding } = paddingTrace(state.masked);
      const how = state.masked ? t.mpWith : t.mpWithout;
      const common = { rowLabels: example.target, colLabels: keyLabels, rowTitle: t.rowTitleQueryTarget, colTitle: t.mpKeyPadded, shape: ["Lq", "Lk"] as const, document, lang };
      const scores = heatmap(trace.masked, { ...common, kind: "diverging", ariaLabel: t.mpScoresAria(how, Lq, Lk, Lk - example.length, Boolean(state.masked)) });
      const weights = heatmap(trace.weights, { ...common, kind: "sequential", ariaLabel: t.mpWeightsAria(how, formatValue(Math.max(...onPadding), 2)) });
      const tables = [
        numbersTable(trace.masked, { rowLabels: example.target, colLabels: keyLabels, caption: t.mpScoresCaption(how), corner: t.cornerQueryKey, document }),
        numbersTable(trace.weights, { rowLabels: example.target, colLabels: keyLabels, caption: t.prCaption(how), corner: t.cornerQueryKey, document }),
      ];
      const worst = onPadding.indexOf(Math.max(...onPadding));
      const readout = state.masked
        ? t.mpReadoutMasked(Lk - example.length, Lq)
        : t.mpReadout(example.target[worst], formatValue(onPadding[worst] * 100, 0));
      return { plots: [scores, weights], tables, readout };
    },
  };
});
