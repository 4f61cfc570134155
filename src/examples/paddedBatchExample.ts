import { createRandom, randomMatrix, type Matrix } from "../core";
import { multiHeadExample, type MultiHeadExample } from "./multiHeadExample";

/**
 * A batch of B source sentences of different lengths, padded to one Lk, with one target per item:
 * what multiHeadCrossAttentionBatch takes. Padding rows hold random numbers on purpose: the key
 * padding mask, not the padding's content, must keep them out of every weight.
 */
export interface PaddedBatchExample {
  /** Real source length of each item; keys at index >= keyLengths[b] are padding. */
  keyLengths: number[];
  queries: Matrix[]; // B x (Lq, dModel)
  memories: Matrix[]; // B x (Lk, dModel)
  params: MultiHeadExample["params"];
  Lq: number;
  Lk: number;
}

/** Sizes a figure may change; the defaults are the build-it-yourself lesson's batch. */
export interface PaddedBatchSizes {
  /** Target tokens per item. */
  Lq?: number;
  dModel?: number;
}

export function paddedBatchExample(keyLengths = [5, 3, 2], heads = 2, seed = 13, sizes: PaddedBatchSizes = {}): PaddedBatchExample {
  const Lk = Math.max(...keyLengths);
  const { Lq = 3, dModel = 8 } = sizes;
  const { params } = multiHeadExample({ dModel, heads, seed });
  const rng = createRandom(seed + 1);
  const queries = keyLengths.map(() => randomMatrix(rng, Lq, dModel)); // B x (Lq, dModel)
  const memories = keyLengths.map(() => randomMatrix(rng, Lk, dModel)); // B x (Lk, dModel)
  return { keyLengths, queries, memories, params, Lq, Lk };
}
