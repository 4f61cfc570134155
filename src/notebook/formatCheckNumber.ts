/** Significant digits a check message shows when nothing calls for more: 1.3700000001 reads 1.37. */
const defaults = { digits: 4, maxDigits: 17 } as const;

/**
 * A number for an exercise's check message: up to 4 significant digits, or as many more as it
 * takes to read differently from `other`, the number it is compared with, so "sums to 1.0001,
 * not 1" never reads "sums to 1, not 1". 17 digits tell any two distinct doubles apart.
 */
export function formatCheckNumber(x: number, other?: number): string {
  if (!Number.isFinite(x)) return String(x);
  const at = (digits: number, y: number) => Number(y.toPrecision(digits));
  let digits: number = defaults.digits;
  if (other !== undefined && Number.isFinite(other) && x !== other) {
    while (digits < defaults.maxDigits && at(digits, x) === at(digits, other)) digits++;
  }
  return String(at(digits, x));
}
