import { assertFinite } from "./errors";
import type { Matrix } from "./matrix";

/** max(0, x) elementwise: (r, c) -> (r, c), the activation of the feed-forward layer. */
export function relu(x: Matrix): Matrix {
  assertFinite(x, "relu", "x");
  return { rows: x.rows, cols: x.cols, data: x.data.map((v) => (v > 0 ? v : 0)) };
}
