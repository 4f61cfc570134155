import { AttentionError, assertMatrix, assertObject } from "./errors";
import type { CrossEntropyTrace } from "./crossEntropy";
import type { Matrix } from "./matrix";

/**
 * Backward of crossEntropy: given its trace and dLoss (the gradient of the final loss with respect
 * to this one; 1 when it is the final loss), returns dLogits (L, C) = dLoss * (p - q) / counted
 * for a counted row, with p its softmax and q its target distribution (1 - e) one-hot + e / C,
 * and zeros for an ignored row, which did not enter the loss.
 */
export function crossEntropyBackward(trace: CrossEntropyTrace, dLoss = 1): Matrix {
  assertObject(trace, "crossEntropyBackward", "the trace", "crossEntropyTrace");
  assertMatrix(trace.probabilities, "crossEntropyBackward", "trace.probabilities");
  if (!Number.isFinite(dLoss)) {
    throw new AttentionError("crossEntropyBackward", { code: "dLoss", params: { value: dLoss } });
  }
  const { probabilities, targets, ignoreIndex, labelSmoothing, counted } = trace;
  const { rows: L, cols: C } = probabilities;
  const perRow = dLoss / counted; // the mean divides every counted row's gradient by counted
  const dLogits = new Float64Array(L * C);
  for (let i = 0; i < L; ++i) {
    if (targets[i] === ignoreIndex) continue;
    for (let c = 0; c < C; ++c) {
      const q = (c === targets[i] ? 1 - labelSmoothing : 0) + labelSmoothing / C;
      dLogits[i * C + c] = perRow * (probabilities.data[i * C + c] - q); // scalar x (C) -> (C)
    }
  }
  return { rows: L, cols: C, data: dLogits };
}
