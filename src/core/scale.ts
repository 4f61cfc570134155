import { AttentionError, assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/** Every entry times s: (r, c) -> (r, c). s must be finite (an infinite factor only makes NaN and Infinity). */
export function scale(m: Matrix, s: number): Matrix {
  assertMatrix(m, "scale", "the matrix");
  if (!Number.isFinite(s)) {
    throw new AttentionError("scale", { code: "scaleFactor", params: { factor: s } });
  }
  return { rows: m.rows, cols: m.cols, data: m.data.map((x) => x * s) };
}
