import { add } from "./add";
import { applyMask } from "./applyMask";
import { attentionScale, scaledOverflowError } from "./attentionScale";
import { AttentionError, assertFinite, assertMask, assertMatrix, assertNonEmpty, shapeText } from "./errors";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";
import { matmul } from "./matmul";
import { matmulTransposed } from "./matmulTransposed";
import { scale as scaleBy } from "./scale";
import { softmaxRows, type FullyMaskedPolicy } from "./softmax";

export interface AttentionOptions {
  /** Multiplies the scores; default 1/sqrt(dk). Must be finite and > 0. */
  scale?: number;
  /** (Lq, Lk): which keys each query may attend to; absent means all. */
  allowed?: Mask;
  /** (Lq, Lk) additive term, added to the scaled scores before masking; may hold -Infinity. */
  bias?: Matrix;
  /** What a query with no allowed key gets; default "error". */
  fullyMasked?: FullyMaskedPolicy;
}

/** Every stage of one attention call, so a figure can plot any of them without recomputing. */
export interface AttentionTrace {
  /** The factor the scores were multiplied by. */
  scale: number;
  /** Q K^T, (Lq, Lk). */
  scores: Matrix;
  /** scores * scale, (Lq, Lk). */
  scaled: Matrix;
  /** scaled + bias, with -Infinity where the mask blocks a key, (Lq, Lk). */
  masked: Matrix;
  /** softmax of each row of masked, (Lq, Lk). */
  weights: Matrix;
  /** weights V, (Lq, dv). */
  output: Matrix;
}

/** Refuses an (Lq, Lk) mask or bias of another shape. */
function assertScoreShape(m: { rows: number; cols: number }, name: string, Lq: number, Lk: number): void {
  if (m.rows !== Lq || m.cols !== Lk) {
    throw new AttentionError("attention", { code: "scoreShape", params: { name, shape: shapeText(m), Lq, Lk } });
  }
}

/**
 * Scaled dot-product attention, softmax(Q K^T * scale + bias, masked) V.
 * Q (Lq, dk) comes from the target side; K (Lk, dk) and V (Lk, dv) both come
 * from the source. Returns the whole trace: scores, scaled, masked, weights
 * (Lq, Lk) and output (Lq, dv).
 */
export function scaledDotProductAttention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  options: AttentionOptions = {},
): AttentionTrace {
  // Check everything up front, so a bad input fails with a message about the
  // input rather than somewhere deep in a product.
  assertNonEmpty(q, "attention", "Q");
  assertNonEmpty(k, "attention", "K");
  assertNonEmpty(v, "attention", "V");
  assertFinite(q, "attention", "Q");
  assertFinite(k, "attention", "K");
  assertFinite(v, "attention", "V");
  if (q.cols !== k.cols) {
    throw new AttentionError("scores", { code: "qkColumns", params: { qShape: shapeText(q), kShape: shapeText(k) } });
  }
  if (k.rows !== v.rows) {
    throw new AttentionError("attention", { code: "kvRows", params: { kShape: shapeText(k), vShape: shapeText(v) } });
  }
  const Lq = q.rows;
  const Lk = k.rows;
  const dk = q.cols;
  const factor = attentionScale(dk, options.scale);
  if (options.allowed) {
    assertMask(options.allowed, "attention", "the allowed mask");
    assertScoreShape(options.allowed, "the allowed mask", Lq, Lk);
  }
  if (options.bias) {
    assertMatrix(options.bias, "attention", "the bias");
    assertScoreShape(options.bias, "the bias", Lq, Lk);
    assertFinite(options.bias, "attention", "the bias", { allowNegativeInfinity: true });
  }

  // 1. Scores: how well each query matches each key.
  const scores = matmulTransposed(q, k, { op: "scores", a: "Q", b: "K" }); // (Lq, dk) x (Lk, dk)^T -> (Lq, Lk)

  // 2. Scale, so the scores' spread does not grow with dk and saturate the softmax.
  const scaled = scaleBy(scores, factor); // (Lq, Lk)
  const overflow = scaled.data.findIndex((x) => !Number.isFinite(x));
  if (overflow >= 0) throw scaledOverflowError(Math.floor(overflow / Lk), overflow % Lk, scaled.data[overflow]);

  // 3. Additive term, then the mask: a blocked key's score becomes -Infinity.
  const biased = options.bias ? add(scaled, options.bias, { op: "attention", a: "the scaled scores", b: "the bias" }) : scaled;
  const masked = options.allowed ? applyMask(biased, options.allowed, "attention") : biased; // (Lq, Lk)

  // 4. Softmax over the keys, then mix the values with those weights.
  const weights = softmaxRows(masked, { fullyMasked: options.fullyMasked }); // (Lq, Lk)
  const output = matmul(weights, v, { op: "attention", a: "the weights", b: "V" }); // (Lq, Lk) x (Lk, dv) -> (Lq, dv)

  return { scale: factor, scores, scaled, masked, weights, output };
}
