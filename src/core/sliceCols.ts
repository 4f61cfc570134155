import { AttentionError, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Columns [start, end) of m: (r, c) -> (r, end - start). Multi-head attention
 * uses it to cut the projected (L, dModel) matrix into heads of width dk.
 */
export function sliceCols(m: Matrix, start: number, end: number): Matrix {
  assertMatrix(m, "sliceCols", "the matrix");
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > m.cols) {
    throw new AttentionError("sliceCols", { code: "sliceRange", params: { start, end, shape: shapeText(m), cols: m.cols } });
  }
  const width = end - start;
  const out = new Float64Array(m.rows * width);
  for (let i = 0; i < m.rows; ++i) {
    out.set(m.data.subarray(i * m.cols + start, i * m.cols + end), i * width);
  }
  return { rows: m.rows, cols: width, data: out };
}
