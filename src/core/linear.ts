import { addRowVector } from "./addRowVector";
import type { Matrix } from "./matrix";
import { matmul } from "./matmul";

/**
 * The projection Y = X W + b: X (L, in), W (in, out), b (out) -> Y (L, out).
 * W is stored [in, out] (PyTorch's Linear weight transposed), so it reads as
 * a plain product. Without b it is just X W.
 */
export function linear(
  x: Matrix,
  w: Matrix,
  b?: ArrayLike<number>,
  names: { op?: string; x?: string; w?: string; b?: string } = {},
): Matrix {
  const { op = "linear", x: xName = "X", w: wName = "W", b: bName = "b" } = names;
  const xw = matmul(x, w, { op, a: xName, b: wName }); // (L, in) x (in, out) -> (L, out)
  return b === undefined ? xw : addRowVector(xw, b, { op, m: `${xName} ${wName}`, bias: bName });
}
