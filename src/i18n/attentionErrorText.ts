import { AttentionError } from "../core/errors";
import { coreErrorText } from "./coreErrorText";
import type { Lang } from "./lang";

/**
 * What a reader is told of a thrown value, in `lang`: for a core error, the sentence of its
 * innermost AttentionError (a wrapped error such as multiHeadCrossAttentionBatch's "item 0: ..."
 * shows the error it wraps, since every item of a figure's batch has the same sizes), without the
 * operation's name, which names code the reader never called. Any other error keeps its own
 * message (a figure's own, already in the reader's words, or the JS engine's).
 */
export function attentionErrorText(error: unknown, lang: Lang): string {
  let inner = error;
  while (inner instanceof AttentionError && inner.cause instanceof AttentionError) inner = inner.cause;
  if (inner instanceof AttentionError) return coreErrorText[lang][inner.reason.code](inner.reason.params as never);
  return inner instanceof Error ? inner.message : String(inner);
}
