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

/** The random draws of one (dModel, kdim, seed): everything but the head count. */
type Draws = Pick<MultiHeadExample, "query" | "memory"> & Omit<MultiHeadParams, "heads">;

/**
 * The last draws, kept: a lab that changes only h (or switches heads off) asks again for the same
 * dModel and seed on every change, and drawing four dModel x dModel matrices is about 1 ms at 48.
 */
let last: { key: string; draws: Draws } | undefined;

/**
 * Builds the example. Weights are drawn with std 1/sqrt(in) so every projection keeps its
 * input's scale; biases are small so they exist (and count) without dominating. Every call returns
 * its own arrays, so a caller that writes into them changes no other caller's.
 */
export function multiHeadExample(options: MultiHeadExampleOptions = {}): MultiHeadExample {
  const { dModel = 8, heads = 2, seed = 11 } = options;
  const kdim = options.kdim ?? dModel;
  const key = `${dModel},${kdim},${seed}`;
  if (last?.key !== key) last = { key, draws: draw(dModel, kdim, seed) };
  const { query, memory, ...weights } = last.draws;
  const copy = (m: Matrix): Matrix => ({ rows: m.rows, cols: m.cols, data: m.data.slice() });
  const params: MultiHeadParams = {
    heads,
    wq: copy(weights.wq),
    wk: copy(weights.wk),
    wv: copy(weights.wv),
    wo: copy(weights.wo),
    bq: weights.bq?.slice(),
    bk: weights.bk?.slice(),
    bv: weights.bv?.slice(),
    bo: weights.bo?.slice(),
  };
  return { source: sourceTokens, target: targetTokens, query: copy(query), memory: copy(memory), params };
}

function draw(dModel: number, kdim: number, seed: number): Draws {
  const rng = createRandom(seed);
  return {
    query: randomMatrix(rng, targetTokens.length, dModel), // (Lq, dModel)
    memory: randomMatrix(rng, sourceTokens.length, kdim), // (Lk, kdim)
    wq: randomMatrix(rng, dModel, dModel, 1 / Math.sqrt(dModel)), // (dModel, dModel)
    wk: randomMatrix(rng, kdim, dModel, 1 / Math.sqrt(kdim)), // (kdim, dModel)
    wv: randomMatrix(rng, kdim, dModel, 1 / Math.sqrt(kdim)), // (vdim = kdim, dModel)
    wo: randomMatrix(rng, dModel, dModel, 1 / Math.sqrt(dModel)), // (dModel, dModel)
    bq: randomVector(rng, dModel, 0.1),
    bk: randomVector(rng, dModel, 0.1),
    bv: randomVector(rng, dModel, 0.1),
    bo: randomVector(rng, dModel, 0.1),
  };
}
