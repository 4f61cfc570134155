import { AttentionError, assertIntegerInRange, type Matrix } from "../core";

/**
 * How alike position p's encoding is to every position's: the cosine of the angle between rows p
 * and j of pe, (length, dModel) -> (length) values, 1 at j = p. For sinusoidal encodings of an
 * even width it depends on j - p only. A row of zeros has no direction: it is refused, not a NaN.
 */
export function positionSimilarity(pe: Matrix, p: number): number[] {
  assertIntegerInRange(p, "positionSimilarity", "p", 0, pe.rows - 1);
  const row = (i: number) => pe.data.subarray(i * pe.cols, (i + 1) * pe.cols);
  const norms = Array.from({ length: pe.rows }, (_, i) => Math.hypot(...row(i)));
  const zero = norms.indexOf(0);
  if (zero >= 0) throw new AttentionError("positionSimilarity", { code: "zeroPosition", params: { row: zero } });
  return Array.from({ length: pe.rows }, (_, j) => {
    let dot = 0;
    for (let c = 0; c < pe.cols; c++) dot += row(p)[c] * row(j)[c];
    return dot / (norms[p] * norms[j]);
  });
}
