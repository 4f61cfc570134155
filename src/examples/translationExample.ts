import { createRandom, matrix, randomMatrix, type Matrix } from "../core";

/**
 * The running example of the first lessons: translating "le chat noir dort" into English.
 * Queries come from the target (English, decoder side); keys and values from the source (French
 * encoder memory). Lq = 5 and Lk = 4, so every score matrix is 5 x 4, not square.
 */
export interface TranslationExample {
  source: string[]; // Lk tokens
  target: string[]; // Lq tokens
  q: Matrix; // (Lq, dk)
  k: Matrix; // (Lk, dk)
  v: Matrix; // (Lk, dv)
}

export const sourceTokens = ["le", "chat", "noir", "dort"];
export const targetTokens = ["the", "black", "cat", "is", "sleeping"];
/** Which source token each target token translates; "noir"/"black" swap places, as French word order does. */
const alignment = [0, 2, 1, 3, 3];

/**
 * Builds the example from a seed: random keys and values, and each query a scaled, noisy copy of the
 * key it should find, so the example has a word alignment by construction (lessons say so: a trained
 * model learns its own, with position in the memory).
 */
export function translationExample(seed = 7, dk = 4, dv = 3): TranslationExample {
  const rng = createRandom(seed);
  const k = randomMatrix(rng, sourceTokens.length, dk); // (Lk, dk)
  const v = randomMatrix(rng, sourceTokens.length, dv); // (Lk, dv)
  const qData = new Float64Array(targetTokens.length * dk);
  alignment.forEach((j, i) => {
    for (let c = 0; c < dk; c++) qData[i * dk + c] = 1.5 * k.data[j * dk + c] + 0.4 * rng.normal();
  });
  const q = matrix(targetTokens.length, dk, qData); // (Lq, dk)
  return { source: sourceTokens, target: targetTokens, q, k, v };
}
