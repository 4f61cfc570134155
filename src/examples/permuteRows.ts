import { AttentionError, shapeText, type Matrix } from "../core";

/**
 * The rows of m in a new order: row n of the result is row order[n] of m, (rows, cols) ->
 * (rows, cols). `order` must be a permutation of 0..rows-1, so no row is lost or repeated.
 */
export function permuteRows(m: Matrix, order: readonly number[]): Matrix {
  const seen = new Set(order);
  if (order.length !== m.rows || seen.size !== m.rows || order.some((r) => !Number.isInteger(r) || r < 0 || r >= m.rows)) {
    throw new AttentionError("permuteRows", { code: "notPermutation", params: { order: [...order], shape: shapeText(m), last: m.rows - 1 } });
  }
  const data = new Float64Array(m.data.length);
  order.forEach((r, n) => data.set(m.data.subarray(r * m.cols, (r + 1) * m.cols), n * m.cols));
  return { rows: m.rows, cols: m.cols, data };
}
