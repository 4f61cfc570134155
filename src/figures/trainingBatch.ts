import { allowAll, causalMask, combineMasks, maskToBias, type Mask } from "../core";
import { keyMask } from "../model/keyMask";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { textTable } from "../plots/textTable";
import { labDataset, labProbes } from "../train/labDataset";
import { pairsToBatch } from "../train/pairsToBatch";
import { PAD } from "../train/translationVocabulary";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: string | boolean;
  /** Which sentence of the two-sentence batch: "0" the long one, "1" the short one (padded). */
  item: string;
  causal: boolean;
  padding: boolean;
}

/** A batch of two of the lab's probe sentences, a long one and a short one that the batch pads. */
export function trainingBatchExample() {
  const dataset = labDataset();
  const [long, , short] = labProbes(dataset);
  const pairs = [long, short];
  const batch = pairsToBatch(pairs, dataset.english, dataset.french);
  const words = (ids: number[]) => ids.map((id) => dataset.french.words[id]);
  return { pairs, batch, tgtIn: batch.tgtIn.map(words), tgtOut: batch.tgtOut.map(words) };
}

/** The decoder self-attention mask of one item: causal and/or blocking <pad> keys, as the model builds it (keyMask). */
export function decoderSelfMask(tgtIn: readonly number[], causal: boolean, padding: boolean): Mask {
  const Lt = tgtIn.length;
  if (padding) return keyMask(Lt, tgtIn, PAD, causal); // (Lt, Lt)
  return causal ? causalMask(Lt, Lt) : allowAll(Lt, Lt);
}

/**
 * The training lesson: teacher forcing on a padded batch. The decoder reads the French shifted
 * right after <bos> and must predict it followed by <eos>; its self-attention mask is causal and
 * blocks <pad> keys, yet the <pad> query rows still attend (they have real keys before them) and
 * produce outputs, which the loss mask then ignores.
 */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "item", label: "Sentence of the batch", options: trainingBatchExample().pairs.map((p, n) => ({ value: String(n), label: p.english.join(" ") })) },
    { kind: "checkbox", name: "causal", label: "Causal mask (no looking ahead)" },
    { kind: "checkbox", name: "padding", label: "Block <pad> keys" },
  ],
  initial: { item: "1", causal: true, padding: true },
  render(state, document) {
    const example = trainingBatchExample();
    const b = Number(state.item);
    if (!(b === 0 || b === 1)) throw new Error(`Sentence of the batch is “${String(state.item)}”; choose one of the two listed`);
    const tgtIn = example.batch.tgtIn[b];
    const inWords = example.tgtIn[b];
    const outWords = example.tgtOut[b];
    const Lt = tgtIn.length;
    const counted = example.batch.tgtOut[b].map((id) => id !== PAD);
    const mask = decoderSelfMask(tgtIn, Boolean(state.causal), Boolean(state.padding));
    const labels = inWords.map((w, i) => `${i + 1} ${w}`);
    const shifted = textTable(
      document,
      `“${example.pairs[b].english.join(" ")}”, padded to ${Lt} positions: what position i reads (tgtIn), must predict (tgtOut), and whether the loss counts it`,
      ["i", "reads", "predicts", "counted"],
      inWords.map((w, i) => [String(i + 1), w, outWords[i], counted[i] ? "yes" : "no"]),
    );
    shifted.className = "batch-tokens"; // words, not numbers: left-aligned
    const allowedIn = (i: number) => Array.from(mask.allowed.subarray(i * Lt, (i + 1) * Lt)).reduce((s, a) => s + a, 0);
    const bias = maskToBias(mask); // (Lt, Lt): 0 allowed, −∞ blocked
    const how = [state.causal ? "causal" : "not causal", state.padding ? "<pad> keys blocked" : "<pad> keys open"].join(", ");
    const map = heatmap(bias, {
      rowLabels: labels,
      colLabels: labels,
      rowTitle: "query (decoder position)",
      colTitle: "key",
      kind: "diverging",
      shape: ["Lt", "Lt"],
      cellSize: 34,
      ariaLabel: `Decoder self-attention mask, ${how}: 0 where a query may attend to a key, −∞ where it may not, ${Lt} by ${Lt}`,
      document,
    });
    const tables = [
      numbersTable(bias, { rowLabels: labels, colLabels: labels, caption: `Decoder self-attention mask (${how}): 0 allowed, −∞ blocked`, corner: "query \\ key", document }),
    ];
    const pads = counted.map((c, i) => (c ? -1 : i)).filter((i) => i >= 0);
    let readout: string;
    if (!state.causal) {
      readout = `Without the causal mask, position 1 reads “${inWords[0]}” but may attend to “${inWords[1]}”, the very word it must predict: teacher forcing would hand every position its answer.`;
    } else if (pads.length === 0) {
      readout = `This is the batch's longest sentence: no padding. Position i attends to positions 1 to i only, so it never sees the word it must predict.`;
    } else {
      const first = pads[0];
      readout =
        `The ${pads.length} <pad> positions (${pads.map((i) => i + 1).join(", ")}) still attend: position ${first + 1} has ${allowedIn(first)} allowed keys, so it produces an output and logits like any other. ` +
        `The key mask removes <pad> columns, not rows; the loss mask drops these rows, so ${counted.filter(Boolean).length} of the ${Lt} positions count.`;
    }
    return { plots: [shifted, map], tables, readout };
  },
});
