import { add, scale, scaledDotProductAttention, type AttentionTrace, type Matrix } from "../core";
import { permuteRows } from "./permuteRows";

/** What is shuffled: the source's keys and values together, its keys alone, or the target's queries. */
export type Shuffled = "keys-values" | "keys" | "queries";

export interface PermutationEffect {
  before: AttentionTrace;
  /** Attention on the shuffled inputs; for "queries" its output rows come in the shuffled order. */
  after: AttentionTrace;
  /** after.output, with its rows put back in the original order for "queries", (Lq, dv). */
  aligned: Matrix;
  /** aligned - before.output, (Lq, dv): zero where the shuffle changes nothing. */
  change: Matrix;
  /** The largest |change| entry. */
  largestChange: number;
}

/**
 * Runs attention on (q, k, v) and again with one side shuffled by `order` (row n of the shuffled
 * matrix is row order[n]), and measures how the output moved. Keys and values shuffled together
 * leave it unchanged; keys alone change it; shuffled queries shuffle its rows the same way.
 */
export function permutationEffect(q: Matrix, k: Matrix, v: Matrix, shuffled: Shuffled, order: readonly number[]): PermutationEffect {
  const before = scaledDotProductAttention(q, k, v);
  const after =
    shuffled === "queries"
      ? scaledDotProductAttention(permuteRows(q, order), k, v)
      : scaledDotProductAttention(q, permuteRows(k, order), shuffled === "keys-values" ? permuteRows(v, order) : v);
  // Shuffled query n was query order[n], so its output row goes back to row order[n].
  const inverse = order.map((_, r) => order.indexOf(r));
  const aligned = shuffled === "queries" ? permuteRows(after.output, inverse) : after.output; // (Lq, dv)
  const change = add(aligned, scale(before.output, -1)); // (Lq, dv)
  return { before, after, aligned, change, largestChange: Math.max(...Array.from(change.data, Math.abs)) };
}
