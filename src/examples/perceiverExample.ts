import { createRandom, matrix, type Matrix } from "../core";

/**
 * A Perceiver-style setup (Jaegle et al. 2021): N latent queries attend over M input elements,
 * N much smaller than M. Inputs are positions on [0, 1) encoded by sines and cosines; latent i is
 * the encoding of the centre of the i-th of N equal stretches, sharpened, so each latent learns
 * (here: is built) to summarise its own stretch of the input.
 */
export interface PerceiverExample {
  latents: Matrix; // (N, d) queries
  inputs: Matrix; // (M, d) keys and values
}

/** Frequencies of the position encoding; d = 2 * frequencies.length. */
const frequencies = [1, 2, 3];

/** The (d) sine/cosine encoding of a position t in [0, 1). */
function encode(t: number): number[] {
  return frequencies.flatMap((f) => [Math.sin(2 * Math.PI * f * t), Math.cos(2 * Math.PI * f * t)]);
}

export function perceiverExample(latentCount: number, inputCount: number, seed = 3): PerceiverExample {
  if (!Number.isInteger(latentCount) || latentCount < 1) throw new RangeError(`perceiverExample: latentCount is ${latentCount}; use a whole number >= 1`);
  if (!Number.isInteger(inputCount) || inputCount < 1) throw new RangeError(`perceiverExample: inputCount is ${inputCount}; use a whole number >= 1`);
  const rng = createRandom(seed);
  const d = 2 * frequencies.length;
  // A little noise on the inputs, as real features are never a clean encoding.
  const inputs = matrix(inputCount, d, Array.from({ length: inputCount }, (_, j) => encode(j / inputCount).map((x) => x + 0.1 * rng.normal())).flat()); // (M, d)
  const sharpness = 3;
  const latents = matrix(latentCount, d, Array.from({ length: latentCount }, (_, i) => encode((i + 0.5) / latentCount).map((x) => sharpness * x)).flat()); // (N, d)
  return { latents, inputs };
}
