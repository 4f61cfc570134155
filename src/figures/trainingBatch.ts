import { allowAll, causalMask, maskToBias, type Mask } from "../core";
import { keyMask } from "../model/keyMask";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { textTable } from "../plots/textTable";
import { labDataset, labProbes } from "../train/labDataset";
import { pairsToBatch } from "../train/pairsToBatch";
import { PAD } from "../train/translationVocabulary";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "item", label: t.tbItem, options: trainingBatchExample().pairs.map((p, n) => ({ value: String(n), label: p.english.join(" ") })) },
      { kind: "checkbox", name: "causal", label: t.tbCausal },
      { kind: "checkbox", name: "padding", label: t.tbPadding },
    ],
    initial: { item: "1", causal: true, padding: true },
    render(state, document) {
      const example = trainingBatchExample();
      const b = Number(state.item);
      if (!(b === 0 || b === 1)) throw new Error(t.tbBadItem(String(state.item)));
      const tgtIn = example.batch.tgtIn[b];
      const inWords = example.tgtIn[b];
      const outWords = example.tgtOut[b];
      const Lt = tgtIn.length;
      const counted = example.batch.tgtOut[b].map((id) => id !== PAD);
      const mask = decoderSelfMask(tgtIn, Boolean(state.causal), Boolean(state.padding));
      const labels = inWords.map((w, i) => `${i + 1} ${w}`);
      const shifted = textTable(
        document,
        t.tbCaption(example.pairs[b].english.join(" "), Lt),
        ["i", t.tbReads, t.tbPredicts, t.tbCounted],
        inWords.map((w, i) => [String(i + 1), w, outWords[i], counted[i] ? t.tbYes : t.tbNo]),
      );
      shifted.className = "batch-tokens"; // words, not numbers: left-aligned
      const allowedIn = (i: number) => Array.from(mask.allowed.subarray(i * Lt, (i + 1) * Lt)).reduce((s, a) => s + a, 0);
      const bias = maskToBias(mask); // (Lt, Lt): 0 allowed, −∞ blocked
      const how = t.tbHow(Boolean(state.causal), Boolean(state.padding));
      const map = heatmap(bias, {
        rowLabels: labels,
        colLabels: labels,
        rowTitle: t.tbRowTitle,
        colTitle: t.slkKey,
        kind: "diverging",
        shape: ["Lt", "Lt"],
        cellSize: 34,
        ariaLabel: t.tbAria(how, Lt),
        document,
        lang,
      });
      const tables = [
        numbersTable(bias, { rowLabels: labels, colLabels: labels, caption: t.tbMaskCaption(how), corner: t.cornerQueryKey, document }),
      ];
      const pads = counted.map((c, i) => (c ? -1 : i)).filter((i) => i >= 0);
      let readout: string;
      if (!state.causal) {
        readout = t.tbNoCausal(inWords[0], inWords[1]);
      } else if (pads.length === 0) {
        readout = t.tbLongest;
      } else {
        const first = pads[0];
        readout = t.tbPads(pads.map((i) => i + 1), first + 1, allowedIn(first), counted.filter(Boolean).length, Lt);
      }
      return { plots: [shifted, map], tables, readout };
    },
  };
});
