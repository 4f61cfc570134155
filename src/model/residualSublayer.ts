import { add, layerNorm, layerNormBackward, type LayerNormTrace, type Matrix } from "../core";
import { addGradient } from "./addGradient";
import type { ModelParams } from "./modelParams";

/** One sublayer f with its residual connection and layer norm, and what its backward needs. */
export interface SublayerTrace<T> {
  normFirst: boolean;
  norm: LayerNormTrace;
  /** f's own trace. */
  inner: T;
  /** The sublayer's output, (L, dModel). */
  output: Matrix;
}

/**
 * A sublayer as nn.TransformerEncoderLayer / DecoderLayer wrap it, with the norm's gain and
 * shift under `norm` (e.g. "decoder.0.norm2"):
 *   post-norm (normFirst false, the 2017 paper): y = LN(x + f(x));
 *   pre-norm (normFirst true, most current models): y = x + f(LN(x)).
 * f maps (L, dModel) to (L, dModel) and returns its output and its trace.
 */
export function residualSublayer<T>(
  x: Matrix,
  params: ModelParams,
  norm: string,
  eps: number,
  normFirst: boolean,
  f: (input: Matrix) => { output: Matrix; trace: T },
): SublayerTrace<T> {
  const gamma = params.get(`${norm}.gamma`)!.data;
  const beta = params.get(`${norm}.beta`)!.data;
  if (normFirst) {
    const n = layerNorm(x, gamma, beta, eps); // (L, dModel)
    const inner = f(n.output);
    return { normFirst, norm: n, inner: inner.trace, output: add(x, inner.output, { op: norm }) };
  }
  const inner = f(x);
  const n = layerNorm(add(x, inner.output, { op: norm }), gamma, beta, eps); // (L, dModel)
  return { normFirst, norm: n, inner: inner.trace, output: n.output };
}

/**
 * Backward of residualSublayer: adds the norm's dGamma and dBeta into `grads` and returns dX.
 * The residual path passes the gradient on unchanged; fBackward takes f's trace and the
 * gradient of f's output and returns the gradient of f's input (adding f's own gradients).
 *   post-norm: dS = LN'(dY); dX = dS + f'(dS).   pre-norm: dX = dY + LN'(f'(dY)).
 */
export function residualSublayerBackward<T>(
  trace: SublayerTrace<T>,
  params: ModelParams,
  norm: string,
  dOutput: Matrix,
  grads: Map<string, Matrix>,
  fBackward: (inner: T, dOutput: Matrix) => Matrix,
): Matrix {
  const gamma = params.get(`${norm}.gamma`)!.data;
  const through = (d: Matrix) => {
    const g = layerNormBackward(trace.norm, gamma, d);
    addGradient(grads, `${norm}.gamma`, g.dGamma);
    addGradient(grads, `${norm}.beta`, g.dBeta);
    return g.dX;
  };
  if (trace.normFirst) return add(dOutput, through(fBackward(trace.inner, dOutput)), { op: norm }); // (L, dModel)
  const dSum = through(dOutput); // (L, dModel): the gradient of x + f(x)
  return add(dSum, fBackward(trace.inner, dSum), { op: norm });
}
