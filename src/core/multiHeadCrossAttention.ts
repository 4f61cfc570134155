import { scaledDotProductAttention, type AttentionTrace } from "./attention";
import { checkMultiHeadInputs } from "./checkMultiHeadInputs";
import { concatCols } from "./concatCols";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";
import { assertObject } from "./errors";
import { linear } from "./linear";
import type { FullyMaskedPolicy } from "./softmax";
import { sliceCols } from "./sliceCols";

/** The learned weights, stored [in, out] so a projection reads Y = X W + b. */
export interface MultiHeadParams {
  /** h, the number of heads; must divide dModel. */
  heads: number;
  /** (dModel, dModel): target tokens -> queries. */
  wq: Matrix;
  /** (kdim, dModel): source tokens -> keys. */
  wk: Matrix;
  /** (vdim, dModel): source tokens -> values. */
  wv: Matrix;
  /** (dModel, dModel): concatenated heads -> output. */
  wo: Matrix;
  /** Biases, each of length dModel; absent means zero. */
  bq?: Float64Array | number[];
  bk?: Float64Array | number[];
  bv?: Float64Array | number[];
  bo?: Float64Array | number[];
}

export interface MultiHeadOptions {
  /** Real source tokens; keys at index >= keyLength are padding, blocked for every query. */
  keyLength?: number;
  /** (Lq, Lk): which keys each query may attend to, combined (AND) with keyLength. */
  allowed?: Mask;
  /** What a query with no allowed key gets; default "error". */
  fullyMasked?: FullyMaskedPolicy;
  /** Multiplies each head's scores; default 1/sqrt(dk). */
  scale?: number;
  /**
   * K = key wk + bk and V = value wv + bv, each (Lk, dModel), already projected: a decoder
   * computes them once per source sentence (projectKeysValues) and reuses them at every step.
   */
  keysValues?: KeysValues;
}

const OP = "multiHeadCrossAttention";

/** A cross-attention layer's projected keys and values, each (Lk, dModel). */
export interface KeysValues {
  k: Matrix;
  v: Matrix;
}

/**
 * Step 1 of multi-head cross-attention for the source side alone: K = key wk + bk and
 * V = value wv + bv, (Lk, kdim) x (kdim, dModel) -> (Lk, dModel) and likewise for V. They depend
 * only on the source, so a decoder can compute them once and pass them as options.keysValues.
 */
export function projectKeysValues(key: Matrix, value: Matrix, params: MultiHeadParams): KeysValues {
  assertObject(params, OP, "params", "multiHeadParams");
  const k = linear(key, params.wk, params.bk, { op: OP, x: "key", w: "wk", b: "bk" }); // (Lk, kdim) x (kdim, dModel) -> (Lk, dModel)
  const v = linear(value, params.wv, params.bv, { op: OP, x: "value", w: "wv", b: "bv" }); // (Lk, vdim) x (vdim, dModel) -> (Lk, dModel)
  return { k, v };
}

/** One head: its slices of the projections and its attention trace. */
export interface HeadTrace {
  /** (Lq, dk) */
  q: Matrix;
  /** (Lk, dk) */
  k: Matrix;
  /** (Lk, dk) */
  v: Matrix;
  attention: AttentionTrace;
}

/** Every stage of multi-head cross-attention. */
export interface MultiHeadTrace {
  heads: number;
  dModel: number;
  /** dModel / heads, the width of each head. */
  dk: number;
  /** The projected queries, (Lq, dModel). */
  q: Matrix;
  /** The projected keys, (Lk, dModel). */
  k: Matrix;
  /** The projected values, (Lk, dModel). */
  v: Matrix;
  perHead: HeadTrace[];
  /** The heads' outputs side by side, (Lq, dModel). */
  concat: Matrix;
  /** concat Wo + bo, (Lq, dModel). */
  output: Matrix;
  /** The effective (Lq, Lk) mask: allowed AND key padding (all true when neither is given). */
  mask: Mask;
}

/**
 * Multi-head cross-attention (PyTorch's nn.MultiheadAttention with Q from the
 * target and K, V from the source). query (Lq, dModel), key (Lk, kdim),
 * value (Lk, vdim) -> output (Lq, dModel), with every stage in the trace.
 * When only the output is needed (long sequences, benchmarks), multiHeadCrossAttentionOutput
 * gives the same numbers bit for bit without the trace's copies.
 */
export function multiHeadCrossAttention(
  query: Matrix,
  key: Matrix,
  value: Matrix,
  params: MultiHeadParams,
  options: MultiHeadOptions = {},
): MultiHeadTrace {
  const { dModel, dk, mask } = checkMultiHeadInputs(query, key, value, params, options, OP);
  const { heads } = params;

  // 1. Project: queries from the target, keys and values from the source.
  const q = linear(query, params.wq, params.bq, { op: OP, x: "query", w: "wq", b: "bq" }); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
  const { k, v } = options.keysValues ?? projectKeysValues(key, value, params); // each (Lk, dModel)

  const perHead: HeadTrace[] = [];
  for (let head = 0; head < heads; ++head) {
    // 2. Split: head h owns columns [h dk, (h + 1) dk) of each projection.
    const start = head * dk;
    const qh = sliceCols(q, start, start + dk); // (Lq, dModel) -> (Lq, dk)
    const kh = sliceCols(k, start, start + dk); // (Lk, dModel) -> (Lk, dk)
    const vh = sliceCols(v, start, start + dk); // (Lk, dModel) -> (Lk, dk)
    // 3. Attend, each head on its own slice with the shared mask.
    const attention = scaledDotProductAttention(qh, kh, vh, {
      scale: options.scale,
      allowed: mask,
      fullyMasked: options.fullyMasked,
    }); // (Lq, dk) x (dk, Lk) -> (Lq, Lk); (Lq, Lk) x (Lk, dk) -> (Lq, dk)
    perHead.push({ q: qh, k: kh, v: vh, attention });
  }

  // 4. Concatenate the heads' outputs back into dModel columns.
  const concat = concatCols(perHead.map((h) => h.attention.output)); // h x (Lq, dk) -> (Lq, dModel)

  // 5. Output projection mixes what the heads found.
  const output = linear(concat, params.wo, params.bo, { op: OP, x: "concat", w: "wo", b: "bo" }); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)

  return { heads, dModel, dk, q, k, v, perHead, concat, output, mask };
}
