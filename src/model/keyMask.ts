import { causalMask, combineMasks, type Mask } from "../core";

/**
 * A (Lq, keyIds.length) mask that blocks every key whose token is padding (id padId) for every
 * query; with `causal`, query i also sees keys j <= i only (decoder self-attention).
 */
export function keyMask(Lq: number, keyIds: readonly number[], padId: number, causal = false): Mask {
  const Lk = keyIds.length;
  const allowed = new Uint8Array(Lq * Lk);
  for (let i = 0; i < Lq; ++i) for (let j = 0; j < Lk; ++j) allowed[i * Lk + j] = keyIds[j] === padId ? 0 : 1;
  const padding: Mask = { rows: Lq, cols: Lk, allowed };
  return causal ? combineMasks(padding, causalMask(Lq, Lk)) : padding;
}
