import { allowAll, type Mask } from "./mask";

/**
 * A (Lq, Lk) mask where query i sees keys j <= i only. It belongs to decoder
 * self-attention (no peeking at later target tokens); cross-attention does not
 * need it, since every source token is already known.
 */
export function causalMask(Lq: number, Lk: number = Lq): Mask {
  const mask = allowAll(Lq, Lk);
  for (let i = 0; i < Lq; ++i) mask.allowed.fill(0, i * Lk + Math.min(i + 1, Lk), (i + 1) * Lk);
  return mask;
}
