import { AttentionError, assertMask } from "./errors";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";

/**
 * The additive form of a (Lq, Lk) mask: a (Lq, Lk) matrix with 0 where allowed
 * and `blocked` where not, to be added to the scores. -Infinity (the default)
 * gives blocked keys weight exactly 0; a large negative number such as -1e9
 * only makes them tiny.
 */
export function maskToBias(mask: Mask, blocked = -Infinity): Matrix {
  assertMask(mask, "maskToBias", "the mask");
  if (!(blocked < 0)) {
    throw new AttentionError("maskToBias", { code: "blockedValue", params: { blocked } });
  }
  return { rows: mask.rows, cols: mask.cols, data: Float64Array.from(mask.allowed, (x) => (x ? 0 : blocked)) };
}
