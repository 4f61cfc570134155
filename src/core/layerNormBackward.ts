import { assertUpstream } from "./assertUpstream";
import { columnSums } from "./columnSums";
import { AttentionError, assertMatrix, assertObject, assertVector, shapeText } from "./errors";
import type { LayerNormTrace } from "./layerNorm";
import type { Matrix } from "./matrix";

/** The gradients of y = x-hat * gamma + beta with x-hat the normalized rows of x. */
export interface LayerNormGradients {
  /** (L, d) */
  dX: Matrix;
  /** (d): gamma scales column j of every row, so its gradient sums dY * x-hat over the rows. */
  dGamma: Float64Array;
  /** (d): beta is added to every row, so its gradient sums dY over the rows. */
  dBeta: Float64Array;
}

/**
 * Backward of layerNorm: given its trace (x-hat (L, d), invStd (L)), the same gamma (d) and
 * dY = dOutput (L, d), returns dBeta = sum over rows of dY, dGamma = sum over rows of dY * x-hat
 * and, per row with g = dY * gamma,
 *   dX = invStd / d * (d g - sum(g) - x-hat sum(g * x-hat)),
 * where the two sums run over the row's d columns: the mean and the variance depend on every
 * entry of the row, so each entry's gradient loses the row's average pull and the part along x-hat.
 */
export function layerNormBackward(trace: LayerNormTrace, gamma: ArrayLike<number>, dOutput: Matrix): LayerNormGradients {
  assertObject(trace, "layerNormBackward", "the trace", "layerNormTrace");
  assertMatrix(trace.normalized, "layerNormBackward", "trace.normalized");
  assertVector(trace.invStd, "layerNormBackward", "trace.invStd");
  assertVector(gamma, "layerNormBackward", "gamma");
  const { normalized, invStd } = trace;
  const { rows: L, cols: d } = normalized;
  if (gamma.length !== d) {
    throw new AttentionError("layerNormBackward", { code: "gammaLength", params: { length: gamma.length, shape: shapeText(normalized), d } });
  }
  assertUpstream(dOutput, L, d, "layerNormBackward");
  const xhat = normalized.data;
  const dY = dOutput.data;

  const dBeta = columnSums(dOutput); // (L, d) -> (d)
  const dGamma = new Float64Array(d);
  for (let i = 0; i < L; ++i) {
    for (let j = 0; j < d; ++j) dGamma[j] += dY[i * d + j] * xhat[i * d + j]; // (L, d) ⊙ (L, d) -> (d), summed over rows
  }

  const dX = new Float64Array(L * d);
  const g = new Float64Array(d);
  for (let i = 0; i < L; ++i) {
    const o = i * d;
    let sumG = 0;
    let sumGXhat = 0;
    for (let j = 0; j < d; ++j) {
      g[j] = dY[o + j] * gamma[j]; // (d) ⊙ (d) -> (d): the gradient reaching x-hat
      sumG += g[j];
      sumGXhat += g[j] * xhat[o + j]; // (d) · (d) -> scalar
    }
    for (let j = 0; j < d; ++j) {
      dX[o + j] = (invStd[i] / d) * (d * g[j] - sumG - xhat[o + j] * sumGXhat); // (d) -> (d)
    }
  }
  return { dX: { rows: L, cols: d, data: dX }, dGamma, dBeta };
}
