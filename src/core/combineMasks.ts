import { assertMask, assertSameShape } from "./errors";
import type { Mask } from "./mask";

/** Logical AND of two (Lq, Lk) masks: a key is allowed only if both allow it. */
export function combineMasks(a: Mask, b: Mask): Mask {
  assertMask(a, "combineMasks", "mask A");
  assertMask(b, "combineMasks", "mask B");
  assertSameShape(a, b, "combineMasks", "mask A", "mask B");
  return { rows: a.rows, cols: a.cols, allowed: a.allowed.map((x, t) => x & b.allowed[t]) };
}
