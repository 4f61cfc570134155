import { assertMask, assertMatrix, assertSameShape } from "./errors";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";

/** Scores (Lq, Lk) with -Infinity wherever the (Lq, Lk) mask blocks the key; allowed cells are kept. */
export function applyMask(scores: Matrix, mask: Mask, op = "applyMask"): Matrix {
  assertMatrix(scores, op, "the score matrix");
  assertMask(mask, op, "the mask");
  assertSameShape(mask, scores, op, "the mask", "the score matrix");
  return {
    rows: scores.rows,
    cols: scores.cols,
    data: scores.data.map((x, t) => (mask.allowed[t] ? x : -Infinity)),
  };
}
