import { AttentionError } from "../core";

/**
 * What a figure shows a reader for an error thrown while drawing: the core's message without its
 * leading operation name ("multiHeadCrossAttention: "), which names code the reader never called;
 * the rest already says what is wrong with which input and what to do.
 */
export function readerMessage(error: unknown): string {
  if (error instanceof AttentionError) return error.message.slice(error.op.length + 2);
  return error instanceof Error ? error.message : String(error);
}
