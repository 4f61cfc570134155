// Shared by the model unit tests: a tiny config, seeded parameters drawn without the core's
// generator (biases away from 0 and gains away from 1, so every gradient path carries signal),
// a small padded batch, and the finite-difference gradient of a loss in one parameter.
import { fromRows, toRows, type Matrix } from "../../../src/core";
import { parameterShapes, type ModelConfig, type ModelParams, type Seq2SeqBatch } from "../../../src/model";
import { numericGradient } from "../core/finiteDifferences";
import { pseudoRows } from "../core/helpers";

/** Token ids shared by both vocabularies of the tiny model. */
export const PAD = 0;
export const BOS = 1;
export const EOS = 2;

/** dModel 4 with 2 heads (dk 2), two layers each side (so the memory's gradient sums over decoder layers), post-norm. */
export function tinyConfig(overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    dModel: 4,
    heads: 2,
    dFF: 6,
    encoderLayers: 2,
    decoderLayers: 2,
    normFirst: false,
    layerNormEps: 1e-5,
    srcVocab: 7,
    tgtVocab: 6,
    padId: PAD,
    ...overrides,
  };
}

/** Every parameter of `config` from pseudoRows: entries in [-0.5, 0.5), layer-norm gains in [0.75, 1.25). */
export function tinyParams(config: ModelConfig, seed = 1): Map<string, Matrix> {
  const params = new Map<string, Matrix>();
  let k = 0;
  for (const [name, [rows, cols]] of parameterShapes(config)) {
    const gain = name.endsWith(".gamma");
    const values = pseudoRows(rows, cols, seed * 7919 + 31 * k++).map((row) => row.map((x) => (gain ? 1 + x / 8 : x / 4)));
    params.set(name, fromRows(values, name));
  }
  return params;
}

/** Two items: item 0 has a padded source position, item 1 a padded target position. */
export function tinyBatch(): Seq2SeqBatch {
  return {
    srcIds: [[3, 5, 4, PAD], [6, 2, 1, 3]],
    tgtIn: [[BOS, 4, 3], [BOS, 5, PAD]],
    tgtOut: [[4, 3, EOS], [5, EOS, PAD]],
  };
}

/** A copy of `params` with `name` replaced by `value` (the caller's map is left alone). */
export function withParam(params: ModelParams, name: string, value: Matrix): Map<string, Matrix> {
  const next = new Map(params);
  next.set(name, value);
  return next;
}

/** A copy of `params` with entry (i, j) of `name` moved by `delta`. */
export function withEntryMoved(params: ModelParams, name: string, i: number, j: number, delta: number): Map<string, Matrix> {
  const rows = toRows(params.get(name)!);
  rows[i][j] += delta;
  return withParam(params, name, fromRows(rows, name));
}

/** The central finite-difference gradient of loss(params) in every entry of the parameter `name`. */
export function numericParamGradient(loss: (params: ModelParams) => number, params: ModelParams, name: string): number[][] {
  return numericGradient((x) => loss(withParam(params, name, fromRows(x, name))), toRows(params.get(name)!));
}

/** A deep copy of every parameter, to check later that nothing wrote into them. */
export function snapshot(params: ModelParams): Map<string, number[][]> {
  return new Map([...params].map(([name, p]) => [name, toRows(p)]));
}
