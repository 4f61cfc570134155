import { assertUpstream } from "./assertUpstream";
import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Backward of relu: given its input x (r, c) and dOutput (r, c), returns dX (r, c), equal to
 * dOutput where x > 0 and 0 where x <= 0. At x = 0 the slope is taken as 0, as PyTorch does.
 */
export function reluBackward(x: Matrix, dOutput: Matrix): Matrix {
  assertMatrix(x, "reluBackward", "x");
  assertUpstream(dOutput, x.rows, x.cols, "reluBackward");
  const dX = new Float64Array(x.data.length);
  for (let k = 0; k < dX.length; ++k) if (x.data[k] > 0) dX[k] = dOutput.data[k]; // (r, c) ⊙ (r, c) -> (r, c)
  return { rows: x.rows, cols: x.cols, data: dX };
}
