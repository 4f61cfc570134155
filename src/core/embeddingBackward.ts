import { assertUpstream } from "./assertUpstream";
import { assertTokenIds } from "./embedding";
import { assertIntegerInRange, assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Backward of embedding: given the vocabulary size, the ids (L) and dOutput (L, d), returns
 * dTable (vocab, d): row t of dOutput is added into row ids[t] (a scatter-add), so an id used
 * twice collects both gradients and an id never used gets a zero row.
 */
export function embeddingBackward(vocab: number, ids: readonly number[], dOutput: Matrix): Matrix {
  assertIntegerInRange(vocab, "embeddingBackward", "vocab", 1);
  assertTokenIds(ids, vocab, "embeddingBackward");
  assertMatrix(dOutput, "embeddingBackward", "dOutput");
  assertUpstream(dOutput, ids.length, dOutput.cols, "embeddingBackward");
  const d = dOutput.cols;
  const dTable = new Float64Array(vocab * d);
  ids.forEach((id, t) => {
    for (let j = 0; j < d; ++j) dTable[id * d + j] += dOutput.data[t * d + j]; // (d) += (d)
  });
  return { rows: vocab, cols: d, data: dTable };
}
