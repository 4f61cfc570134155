import { AttentionError, assertArray, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Places matrices side by side: (r, c0), (r, c1), ... -> (r, c0 + c1 + ...).
 * Multi-head attention uses it to join the heads' outputs back into dModel columns.
 */
export function concatCols(ms: readonly Matrix[]): Matrix {
  assertArray(ms, "concatCols", "the list of matrices", "concatList");
  ms.forEach((m, t) => assertMatrix(m, "concatCols", { matrixAt: t }));
  if (ms.length === 0) {
    throw new AttentionError("concatCols", { code: "noMatrices", params: {} });
  }
  const rows = ms[0].rows;
  ms.forEach((m, t) => {
    if (m.rows !== rows) {
      throw new AttentionError("concatCols", { code: "concatRows", params: { index: t, shape: shapeText(m), firstShape: shapeText(ms[0]) } });
    }
  });
  const cols = ms.reduce((sum, m) => sum + m.cols, 0);
  const out = new Float64Array(rows * cols);
  let offset = 0;
  for (const m of ms) {
    for (let i = 0; i < rows; ++i) out.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), i * cols + offset);
    offset += m.cols;
  }
  return { rows, cols, data: out };
}
