import { assertIntegerInRange } from "./errors";
import type { Matrix } from "./matrix";

/**
 * The fixed sinusoidal position encodings of "Attention Is All You Need" (section 3.5):
 * (length, dModel), PE[pos, 2i] = sin(pos / 10000^(2i / dModel)) and
 * PE[pos, 2i + 1] = cos(pos / 10000^(2i / dModel)), so columns 2i and 2i + 1 share one
 * frequency. An odd dModel ends with a sin column. The encodings are added to the token
 * embeddings and have no parameters, so there is no backward: the gradient of the sum flows
 * to the embeddings unchanged.
 */
export function sinusoidalPositions(length: number, dModel: number): Matrix {
  assertIntegerInRange(length, "sinusoidalPositions", "length", 1);
  assertIntegerInRange(dModel, "sinusoidalPositions", "dModel", 1);
  const pe = new Float64Array(length * dModel);
  for (let pos = 0; pos < length; ++pos) {
    for (let c = 0; c < dModel; ++c) {
      const angle = pos / 10000 ** ((2 * Math.floor(c / 2)) / dModel);
      pe[pos * dModel + c] = c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return { rows: length, cols: dModel, data: pe };
}
