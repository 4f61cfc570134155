const superscript: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** 10 to an integer power as 10⁻⁶ (1 and 10 as themselves): log-axis tick labels. Other numbers: formatSignificant. */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (value > 0 && Math.abs(value / 10 ** exponent - 1) < 1e-9) {
    return exponent === 0 ? "1" : exponent === 1 ? "10" : `10${[...String(exponent)].map((c) => superscript[c]).join("")}`;
  }
  return formatSignificant(value);
}

/**
 * A number to `digits` significant digits, for values spanning many orders of magnitude (gradient
 * norms from 10⁻⁷ to 10): 0.0021, 3.4, 1.9 × 10⁻⁷ (powers of ten below 10⁻³ and from 10⁶), with a
 * true minus sign. formatValue's fixed decimals would print a tiny gradient as 0.00.
 */
export function formatSignificant(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return value === -Infinity ? "−∞" : value === Infinity ? "∞" : "NaN";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e6) return String(Number(value.toPrecision(digits))).replace("-", "−");
  const [mantissa, exponent] = value.toExponential(digits - 1).split("e");
  const power = [...String(Number(exponent))].map((c) => superscript[c]).join("");
  return `${String(Number(mantissa)).replace("-", "−")} × 10${power}`;
}
