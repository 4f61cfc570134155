import { createRandom, linear, randomMatrix, type Matrix } from "../core";
import { sourceTokens, targetTokens } from "./translationExample";

/**
 * An encoder-decoder stack in miniature, for the queries-keys-values and scores lessons: one source memory (the encoder's final
 * output) read by every decoder layer, and per layer the target states plus that layer's own
 * W_Q, W_K, W_V. The weights are random (nothing is trained); shapes and data flow are the real ones.
 */
export interface DecoderLayerWeights {
  wq: Matrix; // (dModel, dk)
  wk: Matrix; // (dModel, dk)
  wv: Matrix; // (dModel, dv)
  /** The target states entering this layer's cross-attention, (Lq, dModel). */
  targetStates: Matrix;
}

export interface EncoderDecoderExample {
  source: string[]; // Lk tokens
  target: string[]; // Lq tokens
  /** The encoder's final output, (Lk, dModel): the same for every decoder layer. */
  memory: Matrix;
  layers: DecoderLayerWeights[];
  dModel: number;
  dk: number;
  dv: number;
}

/** What one decoder layer's cross-attention receives. */
export interface CrossAttentionInputs {
  q: Matrix; // (Lq, dk) from the target states
  k: Matrix; // (Lk, dk) from the memory
  v: Matrix; // (Lk, dv) from the memory
}

/**
 * Builds the stack from a seed. Weights have standard deviation 1/sqrt(dModel), so projections of
 * unit-variance states keep roughly unit variance.
 */
export function encoderDecoderExample(seed = 11, layers = 3, dModel = 6, dk = 4, dv = 3): EncoderDecoderExample {
  const rng = createRandom(seed);
  const std = 1 / Math.sqrt(dModel);
  const memory = randomMatrix(rng, sourceTokens.length, dModel); // (Lk, dModel)
  const stack = Array.from({ length: layers }, () => ({
    wq: randomMatrix(rng, dModel, dk, std),
    wk: randomMatrix(rng, dModel, dk, std),
    wv: randomMatrix(rng, dModel, dv, std),
    targetStates: randomMatrix(rng, targetTokens.length, dModel), // (Lq, dModel)
  }));
  return { source: sourceTokens, target: targetTokens, memory, layers: stack, dModel, dk, dv };
}

/** Q, K and V of decoder layer `layer` (counting from 0): Q from its target states, K and V from the memory. */
export function crossAttentionInputs(example: EncoderDecoderExample, layer: number): CrossAttentionInputs {
  const weights = example.layers[layer];
  if (!weights) throw new RangeError(`crossAttentionInputs: layer ${layer} does not exist; use 0 to ${example.layers.length - 1}`);
  return {
    q: linear(weights.targetStates, weights.wq, undefined, { x: "X_t", w: "W_Q" }), // (Lq, dModel) x (dModel, dk) -> (Lq, dk)
    k: linear(example.memory, weights.wk, undefined, { x: "X_s", w: "W_K" }), // (Lk, dModel) x (dModel, dk) -> (Lk, dk)
    v: linear(example.memory, weights.wv, undefined, { x: "X_s", w: "W_V" }), // (Lk, dModel) x (dModel, dv) -> (Lk, dv)
  };
}
