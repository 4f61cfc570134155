import { AttentionError, assertFinite, assertNonEmpty, assertVector, shapeText } from "./errors";
import type { Matrix } from "./matrix";

/** Every stage of a layer norm that its backward pass needs. */
export interface LayerNormTrace {
  /** normalized * gamma + beta, (L, d). */
  output: Matrix;
  /** x-hat = (x - mean) * invStd, each row with mean 0 and (biased) variance var / (var + eps), (L, d). */
  normalized: Matrix;
  /** 1 / sqrt(var + eps) of each row, (L). */
  invStd: Float64Array;
}

/** Refuses a per-column parameter (gamma or beta) that is not (d) finite numbers. */
function assertColumnParameter(p: ArrayLike<number>, name: string, x: Matrix): void {
  assertVector(p, "layerNorm", name);
  if (p.length !== x.cols) {
    throw new AttentionError("layerNorm", { code: "vectorLength", params: { name, length: p.length, shape: shapeText(x), d: x.cols } });
  }
  for (let j = 0; j < p.length; ++j) {
    if (!Number.isFinite(p[j])) {
      throw new AttentionError("layerNorm", { code: "vectorNotFinite", params: { name, value: p[j], index: j } });
    }
  }
}

/**
 * Layer normalization over each row (token) of x (L, d), as torch.nn.LayerNorm(d, eps):
 * y = (x - mean) / sqrt(var + eps) * gamma + beta, with the row's mean and its biased
 * variance (divided by d, not d - 1); gamma and beta (d) scale and shift each column.
 * A row with d = 1 normalizes to 0, so its output is beta. Returns the output with the
 * normalized rows and 1 / sqrt(var + eps) per row, which layerNormBackward needs.
 */
export function layerNorm(x: Matrix, gamma: ArrayLike<number>, beta: ArrayLike<number>, eps = 1e-5): LayerNormTrace {
  assertNonEmpty(x, "layerNorm", "x");
  assertFinite(x, "layerNorm", "x");
  assertColumnParameter(gamma, "gamma", x);
  assertColumnParameter(beta, "beta", x);
  if (!Number.isFinite(eps) || eps <= 0) {
    throw new AttentionError("layerNorm", { code: "layerNormEps", params: { eps } });
  }
  const { rows: L, cols: d } = x;
  const normalized = new Float64Array(L * d);
  const output = new Float64Array(L * d);
  const invStd = new Float64Array(L);
  for (let i = 0; i < L; ++i) {
    const o = i * d;
    let mean = 0;
    for (let j = 0; j < d; ++j) mean += x.data[o + j];
    mean /= d;
    // Two passes (mean, then squared deviations), as PyTorch: no cancellation from E[x^2] - mean^2.
    let variance = 0;
    for (let j = 0; j < d; ++j) variance += (x.data[o + j] - mean) ** 2;
    variance /= d;
    if (!Number.isFinite(variance)) {
      throw new AttentionError("layerNorm", { code: "varianceOverflow", params: { row: i, value: variance } });
    }
    invStd[i] = 1 / Math.sqrt(variance + eps);
    for (let j = 0; j < d; ++j) {
      const xhat = (x.data[o + j] - mean) * invStd[i];
      normalized[o + j] = xhat;
      output[o + j] = xhat * gamma[j] + beta[j]; // (d) ⊙ (d) + (d) -> (d), one row
    }
  }
  return {
    output: { rows: L, cols: d, data: output },
    normalized: { rows: L, cols: d, data: normalized },
    invStd,
  };
}
