import { matrix, type Matrix } from "../core";

/**
 * The textbook softmax exp(s_j) / Σ exp(s), row by row, WITHOUT subtracting the row maximum and
 * without any policy for fully masked rows: (Lq, Lk) -> (Lq, Lk). Kept only to show what goes wrong
 * (exp(1000) = Infinity, Infinity / Infinity = NaN; a row of -Infinity gives 0 / 0 = NaN); lessons
 * compare it with the core's softmaxRows, which does neither.
 */
export function naiveSoftmaxRows(m: Matrix): Matrix {
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < m.rows; i++) {
    let sum = 0;
    for (let j = 0; j < m.cols; j++) sum += Math.exp(m.data[i * m.cols + j]);
    for (let j = 0; j < m.cols; j++) out[i * m.cols + j] = Math.exp(m.data[i * m.cols + j]) / sum;
  }
  return matrix(m.rows, m.cols, out);
}
