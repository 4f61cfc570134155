import { assertIntegerInRange } from "./errors";
import { matrix, type Matrix } from "./matrix";

/**
 * The sinusoidal positional encodings of Vaswani et al. (2017, section 3.5): a (length, dModel)
 * matrix whose row pos is added to the embedding of the token at position pos (from 0).
 *   PE[pos, 2i]     = sin(pos / 10000^(2i / dModel))
 *   PE[pos, 2i + 1] = cos(pos / 10000^(2i / dModel))
 * Column pair i is one frequency; the wavelengths run geometrically from 2π towards 10000 · 2π.
 * An odd dModel is allowed: its last column is a sine with no cosine partner.
 */
export function sinusoidalPositions(length: number, dModel: number): Matrix {
  assertIntegerInRange(length, "sinusoidalPositions", "length", 1);
  assertIntegerInRange(dModel, "sinusoidalPositions", "dModel", 1);
  const pe = matrix(length, dModel); // (length, dModel)
  for (let c = 0; c < dModel; ++c) {
    // Columns 2i and 2i + 1 share one frequency: 2i is the even column at or below c.
    const frequency = 1 / 10000 ** ((c - (c % 2)) / dModel);
    const wave = c % 2 === 0 ? Math.sin : Math.cos;
    for (let pos = 0; pos < length; ++pos) pe.data[pos * dModel + c] = wave(pos * frequency);
  }
  return pe;
}
