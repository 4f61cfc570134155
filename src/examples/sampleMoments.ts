/** The sample mean and the unbiased sample variance (divisor n - 1) of at least two numbers. */
export function sampleMoments(xs: ArrayLike<number>): { mean: number; variance: number } {
  if (xs.length < 2) throw new RangeError(`sampleMoments: ${xs.length} numbers; a variance needs at least 2`);
  let mean = 0;
  for (let t = 0; t < xs.length; t++) mean += xs[t];
  mean /= xs.length;
  let squares = 0;
  for (let t = 0; t < xs.length; t++) squares += (xs[t] - mean) ** 2;
  return { mean, variance: squares / (xs.length - 1) };
}
