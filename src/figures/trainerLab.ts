import { fromRows } from "../core";
import { lineChart, type LineSeries } from "../plots/lineChart";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples, type SmallMultiple } from "../plots/smallMultiples";
import { textTable } from "../plots/textTable";
import { formatValue } from "../plots/formatValue";
import { formatSignificant } from "../plots/formatSignificant";
import type { CrossAttentionMaps } from "../train/crossAttentionMaps";
import { LAB_EVALUATION_PAIRS } from "../train/labDataset";
import type { LabEvaluation } from "../train/labRun";
import type { TranslationPair } from "../train/translationGrammar";
import type { Translation } from "../train/translateSteps";

/** The figures of the training lab (components/TrainerLab.astro): drawn at build time from the checkpoint, redrawn by its island from the worker's snapshots. */

/** What one render of a part of the lab gives: plots, deferred "show the numbers" tables, one sentence. */
export interface TrainerPart {
  plots: Element[];
  tables: () => HTMLTableElement[];
  readout: string;
}

/** A run's curves so far. */
export interface TrainerCurves {
  /** trainLoss[s]: the loss of the batch of step s + 1. */
  trainLoss: readonly number[];
  evaluations: readonly LabEvaluation[];
}

/** The French rows of a cross-attention map: each row predicts a word, the last the end token. */
export function mapRowLabels(french: readonly string[]): string[] {
  return [...french, "<eos>"];
}

/**
 * Training loss as one point per evaluation (the mean of the batches since the previous one, so
 * it is as smooth as the validation curve and a chart holds few dots), plus a point for the
 * batches since the last evaluation while the run is between two.
 */
export function trainingLossPoints(curves: TrainerCurves): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let from = 0;
  const marks = [...curves.evaluations.map((e) => e.step).filter((s) => s > 0), curves.trainLoss.length];
  for (const to of marks) {
    if (to <= from) continue;
    const batch = curves.trainLoss.slice(from, to);
    points.push({ x: to, y: batch.reduce((s, l) => s + l, 0) / batch.length });
    from = to;
  }
  return points;
}

/** Loss curves (log scale) and validation exact match and alignment error rate against steps. */
export function renderTrainerCurves(curves: TrainerCurves, document: Document): TrainerPart {
  const last = curves.evaluations[curves.evaluations.length - 1];
  const train = trainingLossPoints(curves);
  const loss: LineSeries[] = [
    { name: "training (mean of the batches since the last point)", points: train },
    { name: `validation (${LAB_EVALUATION_PAIRS} sentences)`, points: curves.evaluations.map((e) => ({ x: e.step, y: e.loss })) },
  ];
  const metrics: LineSeries[] = [
    { name: "exact match", points: curves.evaluations.map((e) => ({ x: e.step, y: e.exactMatch })) },
    { name: "alignment error rate (mean of heads)", points: curves.evaluations.map((e) => ({ x: e.step, y: e.alignmentError })) },
  ];
  const step = curves.trainLoss.length;
  const plots = [
    lineChart(loss, {
      ariaLabel: `Loss against training steps, log scale: validation loss ${formatSignificant(last.loss, 2)} at step ${last.step}` +
        (train.length > 0 ? `, training loss ${formatSignificant(train[train.length - 1].y, 2)} at step ${train[train.length - 1].x}` : ""),
      xLabel: "training step",
      yLabel: "loss per token",
      yType: "log",
      document,
    }),
    lineChart(metrics, {
      ariaLabel: `Validation exact match and alignment error rate against training steps: at step ${last.step} exact match ${formatValue(last.exactMatch, 2)}, alignment error rate ${formatValue(last.alignmentError, 2)}`,
      xLabel: "training step",
      yLabel: "share of sentences / of words",
      yDomain: [0, 1],
      document,
    }),
  ];
  const tables = () => [
    textTable(
      document,
      "Evaluations on the lab's validation sentences, every few steps",
      ["step", "validation loss", "exact match", "alignment error rate (mean of heads)", ...last.headAlignmentError.map((_, h) => `AER head ${h + 1}`)],
      curves.evaluations.map((e) => [
        String(e.step),
        formatSignificant(e.loss, 3),
        formatValue(e.exactMatch, 2),
        formatValue(e.alignmentError, 2),
        ...e.headAlignmentError.map((a) => formatValue(a, 2)),
      ]),
    ),
    textTable(document, "Training loss, mean of the batches up to each step", ["step", "training loss"], train.map((p) => [String(p.x), formatSignificant(p.y, 3)])),
  ];
  const readout =
    `Step ${step}: on the validation sentences, exact match ${formatValue(last.exactMatch, 2)}, loss ${formatSignificant(last.loss, 2)} ` +
    `and alignment error rate ${formatValue(last.alignmentError, 2)} (evaluated at step ${last.step}).`;
  return { plots, tables, readout };
}

/** One heatmap per head, after the heads' mean, of the probe's cross-attention (French rows, English columns). */
export function renderProbeMaps(pair: TranslationPair, maps: CrossAttentionMaps, document: Document): TrainerPart {
  const rows = mapRowLabels(pair.french);
  const mean = maps.heads[0].map((row, t) => row.map((_, s) => maps.heads.reduce((sum, h) => sum + h[t][s], 0) / maps.heads.length));
  const sentence = `“${pair.english.join(" ")}” → “${pair.french.join(" ")}”`;
  const panels: SmallMultiple[] = [
    {
      title: `mean of the heads · AER ${formatValue(maps.alignmentError, 2)}`,
      m: fromRows(mean),
      ariaLabel: `Cross-attention of ${sentence}, mean of the ${maps.heads.length} heads: French word predicted by English word; alignment error rate ${formatValue(maps.alignmentError, 2)}`,
    },
    ...maps.heads.map((h, n) => ({
      title: `head ${n + 1} · AER ${formatValue(maps.headAlignmentError[n], 2)}`,
      m: fromRows(h),
      ariaLabel: `Cross-attention of ${sentence}, head ${n + 1}: French word predicted by English word; alignment error rate ${formatValue(maps.headAlignmentError[n], 2)}`,
    })),
  ];
  const plots = [
    smallMultiples(panels, { rowLabels: rows, colLabels: pair.english, rowTitle: "predicting", colTitle: "English source", cellSize: 30, document }),
  ];
  const tables = () =>
    panels.map((p) =>
      numbersTable(p.m, { rowLabels: rows, colLabels: pair.english, caption: `Cross-attention weights, ${p.title}: French word predicted by English word`, corner: "predicting \\ source", document }),
    );
  const best = maps.headAlignmentError.indexOf(Math.min(...maps.headAlignmentError));
  const readout =
    `On ${sentence}, the heads' mean has alignment error rate ${formatValue(maps.alignmentError, 2)}; ` +
    `the best single head, head ${best + 1}, ${formatValue(maps.headAlignmentError[best], 2)}.`;
  return { plots, tables, readout };
}

/** A greedy translation step by step: a table of prefixes and chosen words, and each step's cross-attention row per head. */
export function renderTranslation(translation: Translation, document: Document): TrainerPart {
  const { english, steps } = translation;
  const rows = steps.map((s, n) => `${n + 1}: ${s.chosen}`);
  const heads = steps[0].crossWeights.length;
  const perHead = Array.from({ length: heads }, (_, h) => fromRows(steps.map((s) => s.crossWeights[h])));
  const mean = fromRows(steps.map((s) => english.map((_, j) => s.crossWeights.reduce((sum, w) => sum + w[j], 0) / heads)));
  const panels: SmallMultiple[] = [
    { title: "mean of the heads", m: mean, ariaLabel: `Decoding “${english.join(" ")}”: each step's cross-attention over the source, mean of the ${heads} heads` },
    ...perHead.map((m, h) => ({ title: `head ${h + 1}`, m, ariaLabel: `Decoding “${english.join(" ")}”: each step's cross-attention over the source, head ${h + 1}` })),
  ];
  const stepsTable = textTable(
    document,
    "Greedy decoding, one step per row: the words so far, the word the step chose, and the source word its query looked at most (mean of the heads)",
    ["step", "words so far", "chosen word", "looked at most"],
    steps.map((s, n) => {
      const row = mean.data.subarray(n * mean.cols, (n + 1) * mean.cols);
      const top = row.indexOf(Math.max(...row));
      return [String(n + 1), ["<bos>", ...s.prefix].join(" "), s.chosen, `${english[top]} (${formatValue(row[top], 2)})`];
    }),
  );
  stepsTable.className = "decoding-steps"; // text, not numbers: left-aligned
  const plots = [stepsTable, smallMultiples(panels, { rowLabels: rows, colLabels: english, rowTitle: "step: chosen word", colTitle: "English source", cellSize: 30, document })];
  const tables = () =>
    panels.map((p) => numbersTable(p.m, { rowLabels: rows, colLabels: english, caption: `Cross-attention of each decoding step, ${p.title}`, corner: "step \\ source", document }));
  const readout = translation.finished
    ? `“${english.join(" ")}” → “${translation.french.join(" ")}” in ${steps.length} steps, the last choosing the end token.`
    : `“${english.join(" ")}” → “${translation.french.join(" ")}”: stopped after ${steps.length} steps without choosing the end token.`;
  return { plots, tables, readout };
}
