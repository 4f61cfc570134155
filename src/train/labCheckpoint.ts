import { AttentionError, type Matrix } from "../core";
import { checkModelConfig, checkModelParams, type ModelConfig, type ModelParams } from "../model";
import { base64ToFloat64, float64ToBase64 } from "./float64Base64";
import { LAB_EVALUATION_PAIRS } from "./labDataset";
import { advanceLabRun, EVALUATE_EVERY, LAB_MAX_STEPS, startLabRun, type LabHistory, type LabRun } from "./labRun";
import type { TranslationDataset } from "./translationDataset";
import { evaluateTranslator, translatorConfig, type TranslatorMetrics, type TranslatorSettings } from "./translator";

/** A trained run as stored in the repository (src/train/checkpoint/default.json): enough to redraw its curves and to translate with it. */
export interface LabCheckpoint {
  /** The layout of this file; changed when the layout changes. */
  format: 1;
  settings: TranslatorSettings;
  dataset: TranslationDataset["spec"];
  evaluateEvery: number;
  evaluationPairs: number;
  /** The run stopped at its first evaluation whose exact match reached this. */
  target: number;
  steps: number;
  history: LabHistory;
  /** The trained model on the whole validation and test splits. */
  final: { validation: TranslatorMetrics; test: TranslatorMetrics };
  /** Every parameter, its 64-bit floats as base64 (float64ToBase64). */
  params: Record<string, { rows: number; cols: number; float64: string }>;
}

/** The exact match the checkpoint trains to: high enough that its maps show a learned alignment, low enough to keep the run (and its test) short. */
export const CHECKPOINT_TARGET = 0.95;

/** Trains from `settings` until an evaluation's exact match reaches `target`, or until maxSteps (then refuses: the target was not met). */
export function trainToTarget(settings: TranslatorSettings, dataset: TranslationDataset, target: number, maxSteps = LAB_MAX_STEPS): LabRun {
  let lab = startLabRun(settings, dataset);
  while (lab.history.evaluations[lab.history.evaluations.length - 1].exactMatch < target) {
    if (lab.run.step >= maxSteps) {
      throw new AttentionError("trainToTarget", { code: "targetNotReached", params: { target, steps: maxSteps } });
    }
    lab = advanceLabRun(lab, dataset);
  }
  return lab;
}

/** A run as a checkpoint: settings, history, final metrics on the full splits, and the parameters bit for bit. */
export function labCheckpoint(lab: LabRun, dataset: TranslationDataset, target: number): LabCheckpoint {
  const params: LabCheckpoint["params"] = {};
  for (const [name, p] of lab.run.params) params[name] = { rows: p.rows, cols: p.cols, float64: float64ToBase64(p.data) };
  return {
    format: 1,
    settings: lab.run.settings,
    dataset: dataset.spec,
    evaluateEvery: EVALUATE_EVERY,
    evaluationPairs: LAB_EVALUATION_PAIRS,
    target,
    steps: lab.run.step,
    history: lab.history,
    final: {
      validation: evaluateTranslator(lab.run, dataset, dataset.validation),
      test: evaluateTranslator(lab.run, dataset, dataset.test),
    },
    params,
  };
}

/**
 * The model stored in a checkpoint, ready to translate with; refuses a checkpoint of another
 * layout, trained on another dataset than `dataset`, or whose parameters do not fit its settings.
 */
export function checkpointModel(checkpoint: LabCheckpoint, dataset: TranslationDataset): { settings: TranslatorSettings; config: ModelConfig; params: ModelParams } {
  if (checkpoint.format !== 1) throw new AttentionError("checkpoint", { code: "checkpointFormat", params: { format: String(checkpoint.format) } });
  if (JSON.stringify(checkpoint.dataset) !== JSON.stringify(dataset.spec)) {
    throw new AttentionError("checkpoint", { code: "checkpointDataset", params: { was: JSON.stringify(checkpoint.dataset), want: JSON.stringify(dataset.spec) } });
  }
  const config = translatorConfig(checkpoint.settings, dataset);
  checkModelConfig(config);
  const params = new Map<string, Matrix>(
    Object.entries(checkpoint.params).map(([name, p]) => [name, { rows: p.rows, cols: p.cols, data: base64ToFloat64(p.float64) }]),
  );
  for (const [name, p] of params) {
    if (p.data.length !== p.rows * p.cols) throw new AttentionError("checkpoint", { code: "checkpointData", params: { name, length: p.data.length, rows: p.rows, cols: p.cols } });
  }
  checkModelParams(params, config);
  return { settings: checkpoint.settings, config, params };
}
