import { AttentionError, assertArray, assertFinite, assertNonEmpty } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Refuses an empty list of token ids or an id that is not an integer from 0 to vocab - 1,
 * naming its position, the id and the vocabulary size. `op` names the caller.
 */
export function assertTokenIds(ids: readonly number[], vocab: number, op: string): void {
  assertArray(ids, op, "ids", "tokenIds");
  if (ids.length === 0) {
    throw new AttentionError(op, { code: "noIds", params: {} });
  }
  ids.forEach((id, position) => {
    if (!Number.isInteger(id) || id < 0 || id >= vocab) {
      throw new AttentionError(op, { code: "idRange", params: { position, id, vocab } });
    }
  });
}

/**
 * Looks up one row of the table per token: table (vocab, d), ids (L) -> (L, d), row t being
 * table[ids[t]]. As torch.nn.Embedding, a lookup is a copy, not a product.
 */
export function embedding(table: Matrix, ids: readonly number[]): Matrix {
  assertNonEmpty(table, "embedding", "the table");
  assertFinite(table, "embedding", "the table");
  assertTokenIds(ids, table.rows, "embedding");
  const d = table.cols;
  const out = new Float64Array(ids.length * d);
  ids.forEach((id, t) => out.set(table.data.subarray(id * d, (id + 1) * d), t * d));
  return { rows: ids.length, cols: d, data: out };
}
