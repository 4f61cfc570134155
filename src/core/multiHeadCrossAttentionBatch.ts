import { AttentionError, assertArray } from "./errors";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";
import {
  multiHeadCrossAttention,
  type MultiHeadParams,
  type MultiHeadTrace,
} from "./multiHeadCrossAttention";
import type { FullyMaskedPolicy } from "./softmax";

export interface MultiHeadBatchOptions {
  /** One real source length per batch item (keys at index >= length are padding). */
  keyLengths?: number[];
  /** (Lq, Lk) mask shared by every item. */
  allowed?: Mask;
  fullyMasked?: FullyMaskedPolicy;
  scale?: number;
}

const OP = "multiHeadCrossAttentionBatch";

/**
 * multiHeadCrossAttention over a batch of B items with shared weights: item b
 * maps query[b] (Lq, dModel), key[b] (Lk, kdim), value[b] (Lk, vdim) to
 * output (Lq, dModel). Returns one trace per item. Errors from an item say
 * which item failed.
 */
export function multiHeadCrossAttentionBatch(
  query: Matrix[],
  key: Matrix[],
  value: Matrix[],
  params: MultiHeadParams,
  options: MultiHeadBatchOptions = {},
): MultiHeadTrace[] {
  for (const [list, name] of [[query, "query"], [key, "key"], [value, "value"]] as const) {
    assertArray(list, OP, name, "batchList");
  }
  const B = query.length;
  const sizes: [string, number | undefined][] = [
    ["key", key.length],
    ["value", value.length],
    ["keyLengths", options.keyLengths?.length],
  ];
  for (const [name, size] of sizes) {
    if (size !== undefined && size !== B) {
      throw new AttentionError(OP, { code: "batchSizes", params: { items: B, name, size } });
    }
  }
  return query.map((q, b) => {
    try {
      return multiHeadCrossAttention(q, key[b], value[b], params, {
        keyLength: options.keyLengths?.[b],
        allowed: options.allowed,
        fullyMasked: options.fullyMasked,
        scale: options.scale,
      });
    } catch (error) {
      if (!(error instanceof AttentionError)) throw error;
      throw new AttentionError(OP, { code: "batchItem", params: { item: b, inner: { op: error.op, ...error.reason } } }, { cause: error });
    }
  });
}
