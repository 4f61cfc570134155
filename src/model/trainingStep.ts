import { AttentionError, adamState, adamStep, type AdamOptions, type AdamState, type Matrix } from "../core";
import type { ModelConfig } from "./modelConfig";
import type { ModelParams } from "./modelParams";
import { seq2seqBackward } from "./seq2seqBackward";
import { seq2seqForward, type Seq2SeqBatch } from "./seq2seqForward";

/** Adam's moments for every parameter, by name. */
export type OptimizerState = ReadonlyMap<string, AdamState>;

/** Fresh Adam state (step 0, zero moments) for every parameter. */
export function optimizerState(params: ModelParams): Map<string, AdamState> {
  return new Map([...params].map(([name, p]) => [name, adamState(p.data.length)]));
}

/** What one training step gives back: the new parameters and optimizer state, and the batch's loss before the update. */
export interface TrainingStepResult {
  params: Map<string, Matrix>;
  state: Map<string, AdamState>;
  loss: number;
}

/**
 * One training step on a batch: forward, loss, backward, then one Adam (or AdamW) update of every
 * parameter. Pure: the given parameters and state are left as they were.
 */
export function trainingStep(
  params: ModelParams,
  state: OptimizerState,
  config: ModelConfig,
  batch: Seq2SeqBatch,
  adam: AdamOptions,
  options: { labelSmoothing?: number } = {},
): TrainingStepResult {
  const trace = seq2seqForward(params, config, batch, options);
  const grads = seq2seqBackward(params, config, trace);
  const nextParams = new Map<string, Matrix>();
  const nextState = new Map<string, AdamState>();
  for (const [name, p] of params) {
    const moments = state.get(name);
    if (!moments) throw new AttentionError("trainingStep", { code: "optimizerMissing", params: { name } });
    const step = adamStep(p.data, grads.get(name)!.data, moments, adam, name);
    nextParams.set(name, { rows: p.rows, cols: p.cols, data: step.param });
    nextState.set(name, step.state);
  }
  return { params: nextParams, state: nextState, loss: trace.loss.loss };
}
