import { createRandom, matmul, randomMatrix, type Matrix } from "../core";

/**
 * Self-attention on one short sentence with random (untrained) W_Q and W_K, for misconception (f)
 * "a token attends most to itself": with W_Q ≠ W_K the score q_i · k_i of a token with itself is
 * just one more dot product, and nothing makes it the largest in its row.
 */
export interface SelfAttentionExample {
  tokens: string[]; // L tokens
  q: Matrix; // (L, dk) = X W_Q
  k: Matrix; // (L, dk) = X W_K
  v: Matrix; // (L, dk) = X W_V
}

export const selfAttentionTokens = ["the", "cat", "sat", "on", "the", "mat"];

export function selfAttentionExample(seed = 2, dModel = 6, dk = 4): SelfAttentionExample {
  const rng = createRandom(seed);
  const x = randomMatrix(rng, selfAttentionTokens.length, dModel); // (L, dModel)
  const project = () => matmul(x, randomMatrix(rng, dModel, dk, 1 / Math.sqrt(dModel))); // (L, dModel) x (dModel, dk) -> (L, dk)
  return { tokens: selfAttentionTokens, q: project(), k: project(), v: project() };
}
