import { AttentionError, assertNonEmpty, assertVector } from "./errors";
import type { Matrix } from "./matrix";

/**
 * What softmax does with a row whose every score is -Infinity (a query with no
 * allowed key): "error" throws naming the row; "zeros" gives all-zero weights.
 * Plain softmax would give 0/0 = NaN there, which is never returned.
 */
export type FullyMaskedPolicy = "zeros" | "error";

export interface SoftmaxOptions {
  /** Default "error", so a fully masked row is never silent. */
  fullyMasked?: FullyMaskedPolicy;
}

/** The policy in `options`, defaulting to "error"; a misspelt policy is refused rather than guessed. */
export function policyOf(options: SoftmaxOptions): FullyMaskedPolicy {
  const policy = options.fullyMasked ?? "error";
  if (policy !== "zeros" && policy !== "error") {
    throw new AttentionError("softmax", { code: "fullyMaskedPolicy", params: { policy: String(JSON.stringify(policy)) } });
  }
  return policy;
}

/**
 * Softmax of xs[start, start + n) into out[start, start + n); out may be xs (in place).
 * `row` names the query row in messages (absent: "the vector"). Subtracting the row maximum first keeps exp() from
 * overflowing: every exponent is <= 0, and the maximum contributes exp(0) = 1,
 * so the sum is >= 1 and never 0 for a row with an allowed key.
 */
export function softmaxRowInto(
  xs: ArrayLike<number>,
  start: number,
  n: number,
  out: Float64Array,
  policy: FullyMaskedPolicy,
  row?: number,
): void {
  let max = -Infinity;
  for (let j = 0; j < n; ++j) {
    const x = xs[start + j];
    if (Number.isNaN(x) || x === Infinity) {
      throw new AttentionError("softmax", { code: "badScore", params: { row, key: j, bad: Number.isNaN(x) ? "NaN" : "+Infinity" } });
    }
    if (x > max) max = x;
  }
  if (max === -Infinity) {
    if (policy === "error") {
      throw new AttentionError("softmax", { code: "noAllowedKey", params: { row } });
    }
    out.fill(0, start, start + n); // "zeros"
    return;
  }
  let sum = 0;
  for (let j = 0; j < n; ++j) {
    // exp(-Infinity - max) is exactly 0: a blocked key gets no weight at all.
    const e = Math.exp(xs[start + j] - max);
    out[start + j] = e;
    sum += e;
  }
  for (let j = 0; j < n; ++j) out[start + j] /= sum;
}

/**
 * Row-wise softmax over the keys: scores (Lq, Lk) -> weights (Lq, Lk), each row
 * non-negative and summing to 1 (or all zero for a fully masked row under
 * fullyMasked: "zeros"). -Infinity means a blocked key; NaN and +Infinity are refused.
 */
export function softmaxRows(m: Matrix, options: SoftmaxOptions = {}): Matrix {
  assertNonEmpty(m, "softmax", "the score matrix");
  const policy = policyOf(options);
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < m.rows; ++i) {
    softmaxRowInto(m.data, i * m.cols, m.cols, out, policy, i);
  }
  return { rows: m.rows, cols: m.cols, data: out };
}

/** Softmax of one vector of scores (n) -> weights (n), with the same rules as softmaxRows. */
export function softmaxVector(xs: ArrayLike<number>, options: SoftmaxOptions = {}): Float64Array {
  assertVector(xs, "softmax", "the vector");
  if (xs.length === 0) {
    throw new AttentionError("softmax", { code: "emptyVector", params: {} });
  }
  const out = new Float64Array(xs.length);
  softmaxRowInto(xs, 0, xs.length, out, policyOf(options));
  return out;
}
