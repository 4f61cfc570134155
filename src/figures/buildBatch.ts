import { multiHeadCrossAttentionBatch } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { paddedBatchExample } from "../examples/paddedBatchExample";
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
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "item", label: "Batch item", options: batch.keyLengths.map((n, b) => ({ value: String(b), label: `item ${b} (${n} real source tokens)` })) },
    { kind: "select", name: "head", label: "Head", options: traces[0].perHead.map((_, h) => ({ value: String(h), label: `head ${h + 1}` })) },
  ],
  initial: { item: 1, head: 0 },
  render(state, document) {
    const length = batch.keyLengths[state.item];
    const keyLabels = Array.from({ length: batch.Lk }, (_, j) => (j < length ? `s${j + 1}` : `pad`));
    const weights = traces[state.item].perHead[state.head].attention.weights; // (Lq, Lk)
    const plot = heatmap(weights, {
      rowLabels: queryLabels,
      colLabels: keyLabels,
      rowTitle: "query",
      colTitle: "key (source, padded)",
      ariaLabel: `Batch item ${state.item}, head ${state.head + 1}: weights of ${batch.Lq} queries over ${batch.Lk} keys, of which ${length} are real`,
      document,
    });
    const table = numbersTable(weights, { rowLabels: queryLabels, colLabels: keyLabels, caption: `Item ${state.item}, head ${state.head + 1}: attention weights; padding columns are 0`, corner: "query \\ key", document });
    const pads = batch.Lk - length;
    const readout =
      `Item ${state.item}: keyLengths[${state.item}] = ${length}, so ${pads === 0 ? "no key is" : `the last ${pads} key${pads === 1 ? " is" : "s are"}`} padding` +
      `${pads === 0 ? "" : " and get weight 0 for every query in every head"}; each row still sums to 1 over the ${length} real keys.`;
    return { plots: [plot], tables: [table], readout };
  },
});
