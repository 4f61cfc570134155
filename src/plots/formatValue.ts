/** The one number format of every figure and table: fixed decimals, a true minus sign, -∞ spelled out. */
export function formatValue(value: number, digits = 2): string {
  if (value === -Infinity) return "−∞";
  if (value === Infinity) return "∞";
  const text = value.toFixed(digits);
  // "-0.00" reads as a sign error to a student; show it as 0.
  return (Number(text) === 0 ? (0).toFixed(digits) : text).replace("-", "−");
}
