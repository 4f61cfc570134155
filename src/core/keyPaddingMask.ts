import { assertIntegerInRange } from "./errors";
import { allowAll, type Mask } from "./mask";

/**
 * A (Lq, Lk) mask for a source sentence of `length` real tokens padded to Lk:
 * keys at index >= length are padding and blocked for every query.
 */
export function keyPaddingMask(Lq: number, Lk: number, length: number): Mask {
  const mask = allowAll(Lq, Lk);
  assertIntegerInRange(length, "keyPaddingMask", "length", 0, Lk);
  for (let i = 0; i < Lq; ++i) mask.allowed.fill(0, i * Lk + length, (i + 1) * Lk);
  return mask;
}
