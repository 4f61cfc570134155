import { AttentionError, assertFinite, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Refuses an upstream gradient (the gradient of the loss with respect to an operation's output)
 * whose shape is not the output's (rows, cols) or that holds NaN or ±Infinity. `op` names the
 * backward operation and `name` the gradient ("dOutput", "dY", ...), so the message says which.
 */
export function assertUpstream(d: Matrix, rows: number, cols: number, op: string, name = "dOutput"): void {
  assertMatrix(d, op, name);
  if (d.rows !== rows || d.cols !== cols) {
    throw new AttentionError(op, { code: "upstreamShape", params: { name, shape: shapeText(d), rows, cols } });
  }
  assertFinite(d, op, name);
}
