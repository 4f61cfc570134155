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
import { TRANSLATOR_D_MODEL } from "../train/translator";
import type { Lang } from "../i18n/lang";
import { trainerText } from "../i18n/trainerText";
import { headChoices } from "./headChoices";

/** The figures of the training lab (components/TrainerLab.astro): drawn at build time from the checkpoint, redrawn by its island from the worker's snapshots. */

/** The heads a reader can choose: every divisor of d_model, so d_k = d_model / h is whole. */
export const TRAINER_HEADS = headChoices(TRANSLATOR_D_MODEL, TRANSLATOR_D_MODEL);

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
export function renderTrainerCurves(curves: TrainerCurves, document: Document, lang: Lang): TrainerPart {
  const text = trainerText[lang];
  const last = curves.evaluations[curves.evaluations.length - 1];
  const train = trainingLossPoints(curves);
  const loss: LineSeries[] = [
    { name: text.trainingSeries, points: train },
    { name: text.validationSeries(LAB_EVALUATION_PAIRS), points: curves.evaluations.map((e) => ({ x: e.step, y: e.loss })) },
  ];
  const metrics: LineSeries[] = [
    { name: text.exactMatch, points: curves.evaluations.map((e) => ({ x: e.step, y: e.exactMatch })) },
    { name: text.alignmentErrorMean, points: curves.evaluations.map((e) => ({ x: e.step, y: e.alignmentError })) },
  ];
  const step = curves.trainLoss.length;
  const plots = [
    lineChart(loss, {
      ariaLabel: text.lossAria(
        formatSignificant(last.loss, 2),
        last.step,
        train.length > 0 ? { loss: formatSignificant(train[train.length - 1].y, 2), step: train[train.length - 1].x } : undefined,
      ),
      xLabel: text.trainingStepAxis,
      yLabel: text.lossAxis,
      yType: "log",
      document,
    }),
    lineChart(metrics, {
      ariaLabel: text.metricsAria(last.step, formatValue(last.exactMatch, 2), formatValue(last.alignmentError, 2)),
      xLabel: text.trainingStepAxis,
      yLabel: text.shareAxis,
      yDomain: [0, 1],
      document,
    }),
  ];
  const tables = () => [
    textTable(
      document,
      text.evaluationsCaption,
      [text.stepColumn, text.validationLossColumn, text.exactMatch, text.alignmentErrorMean, ...last.headAlignmentError.map((_, h) => text.headAerColumn(h + 1))],
      curves.evaluations.map((e) => [
        String(e.step),
        formatSignificant(e.loss, 3),
        formatValue(e.exactMatch, 2),
        formatValue(e.alignmentError, 2),
        ...e.headAlignmentError.map((a) => formatValue(a, 2)),
      ]),
    ),
    textTable(document, text.trainingLossCaption, [text.stepColumn, text.trainingLossColumn], train.map((p) => [String(p.x), formatSignificant(p.y, 3)])),
  ];
  const readout = text.curvesReadout(step, formatValue(last.exactMatch, 2), formatSignificant(last.loss, 2), formatValue(last.alignmentError, 2), last.step);
  return { plots, tables, readout };
}

/** One heatmap per head, after the heads' mean, of the probe's cross-attention (French rows, English columns). */
export function renderProbeMaps(pair: TranslationPair, maps: CrossAttentionMaps, document: Document, lang: Lang): TrainerPart {
  const text = trainerText[lang];
  const rows = mapRowLabels(pair.french);
  const mean = maps.heads[0].map((row, t) => row.map((_, s) => maps.heads.reduce((sum, h) => sum + h[t][s], 0) / maps.heads.length));
  const sentence = text.sentencePair(pair.english.join(" "), pair.french.join(" "));
  const panels: SmallMultiple[] = [
    {
      title: text.meanTitle(formatValue(maps.alignmentError, 2)),
      m: fromRows(mean),
      ariaLabel: text.meanMapAria(sentence, maps.heads.length, formatValue(maps.alignmentError, 2)),
    },
    ...maps.heads.map((h, n) => ({
      title: text.headTitle(n + 1, formatValue(maps.headAlignmentError[n], 2)),
      m: fromRows(h),
      ariaLabel: text.headMapAria(sentence, n + 1, formatValue(maps.headAlignmentError[n], 2)),
    })),
  ];
  const plots = [
    smallMultiples(panels, { rowLabels: rows, colLabels: pair.english, rowTitle: text.predicting, colTitle: text.englishSource, cellSize: 30, document }),
  ];
  const tables = () =>
    panels.map((p) =>
      numbersTable(p.m, { rowLabels: rows, colLabels: pair.english, caption: text.mapTableCaption(p.title), corner: text.predictingCorner, document }),
    );
  const best = maps.headAlignmentError.indexOf(Math.min(...maps.headAlignmentError));
  const readout = text.mapsReadout(sentence, formatValue(maps.alignmentError, 2), best + 1, formatValue(maps.headAlignmentError[best], 2));
  return { plots, tables, readout };
}

/** A greedy translation step by step: a table of prefixes and chosen words, and each step's cross-attention row per head. */
export function renderTranslation(translation: Translation, document: Document, lang: Lang): TrainerPart {
  const text = trainerText[lang];
  const { english, steps } = translation;
  const rows = steps.map((s, n) => `${n + 1}: ${s.chosen}`);
  const heads = steps[0].crossWeights.length;
  const perHead = Array.from({ length: heads }, (_, h) => fromRows(steps.map((s) => s.crossWeights[h])));
  const mean = fromRows(steps.map((s) => english.map((_, j) => s.crossWeights.reduce((sum, w) => sum + w[j], 0) / heads)));
  const panels: SmallMultiple[] = [
    { title: text.meanOfHeads, m: mean, ariaLabel: text.decodingMeanAria(english.join(" "), heads) },
    ...perHead.map((m, h) => ({ title: text.head(h + 1), m, ariaLabel: text.decodingHeadAria(english.join(" "), h + 1) })),
  ];
  const stepsTable = textTable(
    document,
    text.decodingStepsCaption,
    [text.stepColumn, text.wordsSoFarColumn, text.chosenWordColumn, text.lookedAtMostColumn],
    steps.map((s, n) => {
      const row = mean.data.subarray(n * mean.cols, (n + 1) * mean.cols);
      const top = row.indexOf(Math.max(...row));
      return [String(n + 1), ["<bos>", ...s.prefix].join(" "), s.chosen, `${english[top]} (${formatValue(row[top], 2)})`];
    }),
  );
  stepsTable.className = "decoding-steps"; // text, not numbers: left-aligned
  const plots = [stepsTable, smallMultiples(panels, { rowLabels: rows, colLabels: english, rowTitle: text.stepChosenAxis, colTitle: text.englishSource, cellSize: 30, document })];
  const tables = () =>
    panels.map((p) => numbersTable(p.m, { rowLabels: rows, colLabels: english, caption: text.decodingTableCaption(p.title), corner: text.stepCorner, document }));
  const readout = (translation.finished ? text.decodedReadout : text.unfinishedReadout)(english.join(" "), translation.french.join(" "), steps.length);
  return { plots, tables, readout };
}
