import { AttentionError } from "./errors";

/**
 * The factor attention multiplies its scores by: `scale` when given, else 1/sqrt(dk).
 * Refuses a factor that is not finite and > 0 (it would make NaN or flip the ranking).
 */
export function attentionScale(dk: number, scale?: number): number {
  const factor = scale ?? 1 / Math.sqrt(dk);
  if (!Number.isFinite(factor) || factor <= 0) {
    throw new AttentionError("attention", { code: "attentionScale", params: { factor, fallback: 1 / Math.sqrt(dk) } });
  }
  return factor;
}

/** The error for a scaled score (query i, key j) that came out as ±Infinity: Q K^T overflowed. */
export function scaledOverflowError(i: number, j: number, x: number): AttentionError {
  return new AttentionError("attention", { code: "scaledOverflow", params: { i, j, value: x } });
}
