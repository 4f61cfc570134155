import { assertUpstream } from "./assertUpstream";
import { columnSums } from "./columnSums";
import { AttentionError, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";
import { matmul } from "./matmul";
import { matmulTransposed } from "./matmulTransposed";
import { transpose } from "./transpose";

/** The gradients of Y = X W + b. */
export interface LinearGradients {
  /** (L, in) */
  dX: Matrix;
  /** (in, out) */
  dW: Matrix;
  /** (out): b is added to every row, so its gradient sums dY over the rows. */
  db: Float64Array;
}

/**
 * Backward of the projection Y = X W + b, X (L, in), W (in, out): given dY (L, out), returns
 * dX = dY W^T (L, in), dW = X^T dY (in, out) and db = the column sums of dY (out).
 */
export function linearBackward(
  x: Matrix,
  w: Matrix,
  dY: Matrix,
  names: { op?: string; x?: string; w?: string } = {},
): LinearGradients {
  const { op = "linearBackward", x: xName = "X", w: wName = "W" } = names;
  assertMatrix(x, op, xName);
  assertMatrix(w, op, wName);
  if (x.cols !== w.rows) {
    throw new AttentionError(op, { code: "linearShapes", params: { x: xName, w: wName, xShape: shapeText(x), wShape: shapeText(w) } });
  }
  assertUpstream(dY, x.rows, w.cols, op, "dY");
  const dX = matmulTransposed(dY, w, { op, a: "dY", b: wName }); // (L, out) x (in, out)^T -> (L, in)
  const dW = matmul(transpose(x), dY, { op, a: `${xName}^T`, b: "dY" }); // (in, L) x (L, out) -> (in, out)
  return { dX, dW, db: columnSums(dY) };
}
