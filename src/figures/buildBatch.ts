import { multiHeadCrossAttentionBatch } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { paddedBatchExample } from "../examples/paddedBatchExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  item: number;
  head: number;
}

const batch = paddedBatchExample([5, 3, 2], 2);
const traces = multiHeadCrossAttentionBatch(batch.queries, batch.memories, batch.memories, batch.params, { keyLengths: batch.keyLengths });
const queryLabels = Array.from({ length: batch.Lq }, (_, i) => `q${i + 1}`);

/** The build-it-yourself lesson: a batch of B = 3 padded sources, per-item key lengths, per-head weights. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "item", label: t.bbItem, options: batch.keyLengths.map((n, b) => ({ value: String(b), label: t.bbItemOption(b, n) })) },
      { kind: "select", name: "head", label: t.bbHead, options: traces[0].perHead.map((_, h) => ({ value: String(h), label: t.bbHeadOption(h + 1) })) },
    ],
    initial: { item: 1, head: 0 },
    render(state, document) {
      const length = batch.keyLengths[state.item];
      const keyLabels = Array.from({ length: batch.Lk }, (_, j) => (j < length ? `s${j + 1}` : `pad`));
      const weights = traces[state.item].perHead[state.head].attention.weights; // (Lq, Lk)
      const plot = heatmap(weights, {
        rowLabels: queryLabels,
        colLabels: keyLabels,
        rowTitle: t.bbQuery,
        colTitle: t.mpKeyPadded,
        ariaLabel: t.bbAria(state.item, state.head + 1, batch.Lq, batch.Lk, length),
        document,
        lang,
      });
      const table = numbersTable(weights, { rowLabels: queryLabels, colLabels: keyLabels, caption: t.bbCaption(state.item, state.head + 1), corner: t.cornerQueryKey, document });
      const pads = batch.Lk - length;
      const readout =
        t.bbReadout(state.item, length, pads);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
