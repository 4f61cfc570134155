/** The largest |x| in xs (0 for none). */
export function maxAbs(xs: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < xs.length; ++i) max = Math.max(max, Math.abs(xs[i]));
  return max;
}

/** The largest |a[i] - b[i]|; a and b must have the same length. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`lengths differ: ${a.length} and ${b.length}`);
  let max = 0;
  for (let i = 0; i < a.length; ++i) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}
