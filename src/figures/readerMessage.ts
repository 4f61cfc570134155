import { AttentionError } from "../core";

/**
 * What a figure shows a reader for an error thrown while drawing, as a sentence: the core's message
 * without its leading operation name ("multiHeadCrossAttention: "), which names code the reader never
 * called; the rest already says what is wrong with which input and what to do. An error the core
 * wrapped with context of its own making (multiHeadCrossAttentionBatch's "item 0: ...") is shown as
 * the innermost one, since every item of a figure's batch has the same sizes.
 */
export function readerMessage(error: unknown): string {
  let inner = error;
  while (inner instanceof AttentionError && inner.cause instanceof AttentionError) inner = inner.cause;
  const text = inner instanceof AttentionError ? inner.message.slice(inner.op.length + 2) : inner instanceof Error ? inner.message : String(inner);
  // Another sentence often follows ("The figure still shows ..."): end this one.
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}
