import { AttentionError, assertArray, assertFinite, assertNonEmpty, shapeText } from "./errors";
import type { Matrix } from "./matrix";

export interface CrossEntropyOptions {
  /** A target equal to this skips its row (padding); default -100, as PyTorch. */
  ignoreIndex?: number;
  /** e in [0, 1): the target distribution becomes (1 - e) one-hot + e / C; default 0. */
  labelSmoothing?: number;
}

/** The loss with what its backward pass needs. */
export interface CrossEntropyTrace {
  /** The mean over the counted rows of -sum_c q_c log p_c. */
  loss: number;
  /** p = softmax of each row of the logits, (L, C); ignored rows included. */
  probabilities: Matrix;
  /** One class per row, (L); a copy of the caller's. */
  targets: readonly number[];
  ignoreIndex: number;
  labelSmoothing: number;
  /** How many rows have a target other than ignoreIndex: the loss divides by this. */
  counted: number;
}

/**
 * Cross-entropy of logits (L, C) against one target class per row (L), as PyTorch's
 * F.cross_entropy(logits, targets, ignore_index, label_smoothing) with reduction "mean":
 * loss = mean over rows whose target is not ignoreIndex of -sum_c q_c log softmax(logits)_c,
 * with q = (1 - e) one-hot(target) + e / C. log softmax is computed as x - max - log(sum exp(x - max)),
 * so no exp overflows. Where every row is ignored PyTorch returns NaN (0 / 0); this refuses instead.
 */
export function crossEntropy(
  logits: Matrix,
  targets: readonly number[],
  options: CrossEntropyOptions = {},
): CrossEntropyTrace {
  const { ignoreIndex = -100, labelSmoothing = 0 } = options;
  assertNonEmpty(logits, "crossEntropy", "the logit matrix");
  assertFinite(logits, "crossEntropy", "the logit matrix");
  const { rows: L, cols: C } = logits;
  assertArray(targets, "crossEntropy", "targets", "targets");
  if (targets.length !== L) {
    throw new AttentionError("crossEntropy", { code: "targetsCount", params: { count: targets.length, shape: shapeText(logits), rows: L } });
  }
  if (!Number.isInteger(ignoreIndex)) {
    throw new AttentionError("crossEntropy", { code: "ignoreIndex", params: { value: ignoreIndex } });
  }
  if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
    throw new AttentionError("crossEntropy", { code: "labelSmoothing", params: { value: labelSmoothing } });
  }
  let counted = 0;
  targets.forEach((t, i) => {
    if (t === ignoreIndex) return;
    if (!Number.isInteger(t) || t < 0 || t >= C) {
      throw new AttentionError("crossEntropy", { code: "targetRange", params: { row: i, target: t, classes: C, ignoreIndex } });
    }
    counted += 1;
  });
  if (counted === 0) {
    throw new AttentionError("crossEntropy", { code: "allIgnored", params: { ignoreIndex } });
  }

  const probabilities = new Float64Array(L * C);
  const logP = new Float64Array(C);
  let total = 0;
  for (let i = 0; i < L; ++i) {
    const o = i * C;
    let max = -Infinity;
    for (let c = 0; c < C; ++c) max = Math.max(max, logits.data[o + c]);
    let sum = 0;
    for (let c = 0; c < C; ++c) sum += Math.exp(logits.data[o + c] - max);
    const logSum = max + Math.log(sum); // log sum_c exp(x_c), >= max
    let sumLogP = 0;
    for (let c = 0; c < C; ++c) {
      logP[c] = logits.data[o + c] - logSum;
      probabilities[o + c] = Math.exp(logP[c]);
      sumLogP += logP[c];
    }
    if (targets[i] === ignoreIndex) continue;
    // -sum_c q_c log p_c with q = (1 - e) one-hot + e / C; the e term is skipped when e = 0
    // so that a log p of -Infinity (an overflowed gap) never meets 0 * -Infinity = NaN.
    total -= (1 - labelSmoothing) * logP[targets[i]];
    if (labelSmoothing > 0) total -= (labelSmoothing / C) * sumLogP;
  }
  return {
    loss: total / counted,
    probabilities: { rows: L, cols: C, data: probabilities },
    targets: [...targets],
    ignoreIndex,
    labelSmoothing,
    counted,
  };
}
