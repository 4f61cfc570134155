/** The median of xs (the mean of the middle two for an even count); xs must not be empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError("median of no numbers");
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
