import type { TranslationDataset } from "./translationDataset";
import { labEvaluationPairs } from "./labDataset";
import { createTranslator, evaluateTranslator, trainTranslator, type Translator, type TranslatorMetrics, type TranslatorSettings } from "./translator";

/** The lab evaluates every this many steps (and at step 0), so a run's curve has the same points however it was paused. */
export const EVALUATE_EVERY = 10;

/** Where a run in the lab stops (status "done"). */
export const LAB_MAX_STEPS = 500;

/** One evaluation on the lab's validation subset. */
export interface LabEvaluation extends TranslatorMetrics {
  step: number;
}

/** Everything a run has measured so far. */
export interface LabHistory {
  /** trainLoss[s]: the loss of the batch of step s + 1 (before its update). */
  trainLoss: number[];
  evaluations: LabEvaluation[];
}

/** A run of the lab: the model and its history. The same settings give the same run, step for step, in Node and in the browser. */
export interface LabRun {
  run: Translator;
  history: LabHistory;
}

function evaluateAt(run: Translator, dataset: TranslationDataset): LabEvaluation {
  return { step: run.step, ...evaluateTranslator(run, dataset, labEvaluationPairs(dataset)) };
}

/** A fresh run, evaluated once at step 0. Refuses bad settings (seed, learning rate, heads) with the translator's messages. */
export function startLabRun(settings: TranslatorSettings, dataset: TranslationDataset): LabRun {
  const run = createTranslator(settings, dataset);
  return { run, history: { trainLoss: [], evaluations: [evaluateAt(run, dataset)] } };
}

/** One training step, then an evaluation when the step count reaches a multiple of EVALUATE_EVERY. */
export function advanceLabRun(lab: LabRun, dataset: TranslationDataset): LabRun {
  const { run, loss } = trainTranslator(lab.run, dataset);
  const evaluations = run.step % EVALUATE_EVERY === 0 ? [...lab.history.evaluations, evaluateAt(run, dataset)] : lab.history.evaluations;
  return { run, history: { trainLoss: [...lab.history.trainLoss, loss], evaluations } };
}
