import { add, createRandom, matrix, randomMatrix, sinusoidalPositions, type Matrix } from "../core";

/**
 * A source with a repeated word, "the cat saw the dog", and a decoder that wants to copy it in
 * order: query p asks for the word at source position p. Keys and values are the memory itself
 * (W_K = W_V = I), so the figure shows only what the memory can tell apart.
 */
export interface RepeatedTokenExample {
  source: string[]; // Lk tokens
  memory: Matrix; // (Lk, dModel): embeddings, plus PE when positions are on
  q: Matrix; // (Lq, dModel), Lq = Lk
  k: Matrix; // (Lk, dModel)
  v: Matrix; // (Lk, dModel)
}

export const repeatedSource = ["the", "cat", "saw", "the", "dog"];

/**
 * Without positions both "the" rows of the memory are one and the same vector, so no query can
 * prefer one of them. With positions every row p gets PE[p] (sinusoidalPositions) added, and so
 * does query p: a query carrying "position p", as a learned W_Q can produce from the decoder state.
 */
export function repeatedTokenExample(withPositions: boolean, seed = 2, dModel = 16): RepeatedTokenExample {
  const rng = createRandom(seed);
  const words = [...new Set(repeatedSource)];
  const table = randomMatrix(rng, words.length, dModel); // (vocabulary, dModel): one embedding per word
  const rows = repeatedSource.flatMap((token) => {
    const w = words.indexOf(token);
    return Array.from(table.data.subarray(w * dModel, (w + 1) * dModel));
  });
  const x = matrix(repeatedSource.length, dModel, rows); // (Lk, dModel)
  const memory = withPositions ? add(x, sinusoidalPositions(repeatedSource.length, dModel)) : x; // (Lk, dModel)
  return { source: repeatedSource, memory, q: memory, k: memory, v: memory };
}
