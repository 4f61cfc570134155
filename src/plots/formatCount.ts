/** A whole count (parameters, multiply-adds, stored numbers) with thousands separators: 100352 -> "100,352". */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`formatCount: ${n} is not a whole number; counts are whole`);
  return n.toLocaleString("en-US");
}
