import { AttentionError, assertMatrix, assertVector, shapeText } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Adds `bias` (length cols) to every row of m: (r, c) + (c) -> (r, c). This is
 * the "+ b" of Y = X W + b, broadcast over the tokens.
 */
export function addRowVector(
  m: Matrix,
  bias: ArrayLike<number>,
  names: { op?: string; m?: string; bias?: string } = {},
): Matrix {
  const { op = "addRowVector", m: mName = "X", bias: biasName = "bias" } = names;
  assertMatrix(m, op, mName);
  assertVector(bias, op, biasName);
  if (bias.length !== m.cols) {
    throw new AttentionError(op, { code: "biasColumns", params: { bias: biasName, length: bias.length, m: mName, shape: shapeText(m), cols: m.cols } });
  }
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < m.rows; ++i) {
    for (let j = 0; j < m.cols; ++j) out[i * m.cols + j] = m.data[i * m.cols + j] + bias[j];
  }
  return { rows: m.rows, cols: m.cols, data: out };
}
