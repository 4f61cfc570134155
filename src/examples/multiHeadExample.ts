import { createRandom, randomMatrix, type Matrix, type MultiHeadParams } from "../core";
import { sourceTokens, targetTokens } from "./translationExample";

/**
 * A multi-head cross-attention setup for the multi-head lessons: the running translation
 * sentences as random embeddings, and seeded random weights in the core's [in, out] layout.
 * query (Lq, dModel) from the target; memory (Lk, kdim) from the source, used as both key and value.
 */
export interface MultiHeadExample {
  source: string[]; // Lk tokens
  target: string[]; // Lq tokens
  query: Matrix; // (Lq, dModel)
  memory: Matrix; // (Lk, kdim)
  params: MultiHeadParams;
}

export interface MultiHeadExampleOptions {
  dModel?: number;
  heads?: number;
  /** Width of the source memory; defaults to dModel (PyTorch's kdim = vdim = embed_dim). */
  kdim?: number;
  seed?: number;
}

/** A (n) vector of normal numbers with standard deviation `std`. */
function randomVector(rng: ReturnType<typeof createRandom>, n: number, std: number): Float64Array {
  return Float64Array.from({ length: n }, () => rng.normal() * std);
}

/**
 * Builds the example. Weights are drawn with std 1/sqrt(in) so every projection keeps its
 * input's scale; biases are small so they exist (and count) without dominating.
 */
export function multiHeadExample(options: MultiHeadExampleOptions = {}): MultiHeadExample {
  const { dModel = 8, heads = 2, seed = 11 } = options;
  const kdim = options.kdim ?? dModel;
  const rng = createRandom(seed);
  const query = randomMatrix(rng, targetTokens.length, dModel); // (Lq, dModel)
  const memory = randomMatrix(rng, sourceTokens.length, kdim); // (Lk, kdim)
  const params: MultiHeadParams = {
    heads,
    wq: randomMatrix(rng, dModel, dModel, 1 / Math.sqrt(dModel)), // (dModel, dModel)
    wk: randomMatrix(rng, kdim, dModel, 1 / Math.sqrt(kdim)), // (kdim, dModel)
    wv: randomMatrix(rng, kdim, dModel, 1 / Math.sqrt(kdim)), // (vdim = kdim, dModel)
    wo: randomMatrix(rng, dModel, dModel, 1 / Math.sqrt(dModel)), // (dModel, dModel)
    bq: randomVector(rng, dModel, 0.1),
    bk: randomVector(rng, dModel, 0.1),
    bv: randomVector(rng, dModel, 0.1),
    bo: randomVector(rng, dModel, 0.1),
  };
  return { source: sourceTokens, target: targetTokens, query, memory, params };
}
