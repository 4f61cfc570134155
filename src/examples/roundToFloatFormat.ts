/**
 * A binary floating-point format as IEEE 754 defines one: a sign, an exponent range and a significand
 * of 1 + fractionBits bits. Normal numbers are 1.f × 2^e for minExponent <= e <= maxExponent;
 * below 2^minExponent come the subnormals 0.f × 2^minExponent, spaced like the lowest binade.
 */
export interface FloatFormat {
  readonly name: string;
  /** Stored fraction bits; the significand has one more (the implicit leading 1). */
  readonly fractionBits: number;
  /** Exponent of the smallest normal number, 2^minExponent. */
  readonly minExponent: number;
  /** Exponent of the largest binade; the largest finite number is (2 − 2^−fractionBits) × 2^maxExponent. */
  readonly maxExponent: number;
}

/** IEEE 754 binary16 ("half"): 5 exponent bits, 10 fraction bits. */
export const float16: FloatFormat = { name: "float16", fractionBits: 10, minExponent: -14, maxExponent: 15 };

/** bfloat16: float32's 8 exponent bits (same range) with only 7 fraction bits. */
export const bfloat16: FloatFormat = { name: "bfloat16", fractionBits: 7, minExponent: -126, maxExponent: 127 };

/** IEEE 754 binary32 (float32, "single"): 8 exponent bits, 23 fraction bits. */
export const float32: FloatFormat = { name: "float32", fractionBits: 23, minExponent: -126, maxExponent: 127 };

/** The largest finite number of the format, (2 − 2^−fractionBits) × 2^maxExponent: 65504 for float16. */
export function largestFinite(format: FloatFormat): number {
  return (2 - 2 ** -format.fractionBits) * 2 ** format.maxExponent;
}

/**
 * The magnitude from which round-to-nearest-even gives ±Infinity: halfway between the largest finite
 * number and 2^(maxExponent + 1), which the tie rounds up to (the largest finite significand is odd).
 * 65520 for float16.
 */
export function overflowThreshold(format: FloatFormat): number {
  return (2 - 2 ** -(format.fractionBits + 1)) * 2 ** format.maxExponent;
}

/**
 * x rounded to the nearest number of `format`, ties to the one with an even last significand bit
 * (IEEE 754's default rounding), with overflow to ±Infinity and gradual underflow through the
 * subnormals. The value is rounded once, directly from the double (no detour through float32).
 * NaN, ±Infinity and ±0 come back as they are.
 */
export function roundToFloatFormat(x: number, format: FloatFormat): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  // The binade of a, 2^e <= a < 2^(e + 1), read from the double's exponent bits (−1023 for a double
  // subnormal, which lies below every format's range anyway).
  bits.setFloat64(0, a);
  const e = ((bits.getUint16(0) >>> 4) & 0x7ff) - 1023;
  // Spacing of the format's numbers around a; below the normal range it stays that of 2^minExponent.
  const ulp = 2 ** (Math.max(e, format.minExponent) - format.fractionBits);
  // Doubles between 2^52 ulp and 2^53 ulp are exactly ulp apart, so adding 2^52 ulp lets the double's
  // own round-to-nearest-even drop every bit of a below ulp; subtracting it again is exact.
  const big = ulp * 2 ** 52;
  const rounded = a + big - big;
  const signed = x < 0 ? -rounded : rounded; // keeps the sign of an underflow to zero (−0)
  return rounded > largestFinite(format) ? Math.sign(x) * Infinity : signed;
}

/** Scratch space to read a double's exponent bits. */
const bits = new DataView(new ArrayBuffer(8));

/** The formats the lesson compares, by name. */
export type PrecisionName = "float32" | "float16" | "bfloat16";

/** Round-to-nearest-even into each format: float32 by the engine's own Math.fround, the 16-bit formats emulated. */
export const roundTo: Readonly<Record<PrecisionName, (x: number) => number>> = {
  float32: Math.fround,
  float16: (x) => roundToFloatFormat(x, float16),
  bfloat16: (x) => roundToFloatFormat(x, bfloat16),
};
