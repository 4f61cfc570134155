import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/core";
import { bfloat16, float16, float32, largestFinite, overflowThreshold, roundTo, roundToFloatFormat } from "../../../src/examples/roundToFloatFormat";

// Expected values come from the IEEE 754 definitions (worked out in the comments), not from the code.
describe("roundToFloatFormat", () => {
  it("largestFinite(float16) is (2 − 2^−10) × 2^15 = 65504 and overflowThreshold(float16) is 65520", () => {
    expect(largestFinite(float16)).toBe(65504);
    expect(overflowThreshold(float16)).toBe(65520);
  });

  it("roundToFloatFormat(x, float16) keeps 65504, rounds 65519 down to it, and gives Infinity from 65520 (the tie goes to the even 2^16)", () => {
    expect(roundToFloatFormat(65504, float16)).toBe(65504);
    expect(roundToFloatFormat(65519, float16)).toBe(65504);
    expect(roundToFloatFormat(65519.99, float16)).toBe(65504);
    expect(roundToFloatFormat(65520, float16)).toBe(Infinity);
    expect(roundToFloatFormat(-65520, float16)).toBe(-Infinity);
    expect(roundToFloatFormat(-1e9, float16)).toBe(-Infinity);
  });

  it("roundToFloatFormat(1/3, float16) is 0.333251953125 (1.0101010101b × 2^−2; the next bit is 0)", () => {
    expect(roundToFloatFormat(1 / 3, float16)).toBe(0.333251953125);
    // 0.1 = 1.1001100110|011...b × 2^−4 rounds up to 1.1001100110b + 2^−10: 0x2E66 = 0.0999755859375.
    expect(roundToFloatFormat(0.1, float16)).toBe(0.0999755859375);
  });

  it("roundToFloatFormat(x, float16) breaks ties to an even last bit: 2049 -> 2048, 2051 -> 2052, 1 + 2^−11 -> 1, 1 + 3·2^−11 -> 1 + 2^−9", () => {
    // Between 2048 and 4096 the spacing is 2, so 2049 and 2051 are ties.
    expect(roundToFloatFormat(2049, float16)).toBe(2048);
    expect(roundToFloatFormat(2051, float16)).toBe(2052);
    expect(roundToFloatFormat(1 + 2 ** -11, float16)).toBe(1);
    expect(roundToFloatFormat(1 + 3 * 2 ** -11, float16)).toBe(1 + 2 ** -9);
  });

  it("roundToFloatFormat(x, float16) underflows gradually: 2^−24 is the smallest subnormal, 2^−25 ties to 0, 3·2^−25 ties to 2^−23", () => {
    expect(roundToFloatFormat(2 ** -24, float16)).toBe(2 ** -24);
    expect(roundToFloatFormat(2 ** -25, float16)).toBe(0);
    expect(roundToFloatFormat(1.5 * 2 ** -25, float16)).toBe(2 ** -24);
    expect(roundToFloatFormat(3 * 2 ** -25, float16)).toBe(2 ** -23);
    // The largest subnormal, 1023 × 2^−24, and the smallest normal, 2^−14, are both exact.
    expect(roundToFloatFormat(1023 * 2 ** -24, float16)).toBe(1023 * 2 ** -24);
    expect(roundToFloatFormat(2 ** -14, float16)).toBe(2 ** -14);
    expect(Object.is(roundToFloatFormat(-(2 ** -26), float16), -0)).toBe(true);
  });

  it("roundToFloatFormat(x, format) returns NaN, ±Infinity and ±0 as they are", () => {
    expect(roundToFloatFormat(NaN, float16)).toBeNaN();
    expect(roundToFloatFormat(-Infinity, bfloat16)).toBe(-Infinity);
    expect(Object.is(roundToFloatFormat(-0, float16), -0)).toBe(true);
    expect(roundToFloatFormat(0, bfloat16)).toBe(0);
  });

  it("roundToFloatFormat(x, bfloat16): 1/3 -> 0.333984375, −1e9 -> −998244352, largest finite (2 − 2^−7) × 2^127", () => {
    // 1/3 = 1.0101010|101...b × 2^−2: the next bits 101 are above half, so it rounds up to 1.0101011b × 2^−2.
    expect(roundToFloatFormat(1 / 3, bfloat16)).toBe(0.333984375);
    // 1e9 lies in [2^29, 2^30), spacing 2^22; 1e9 / 2^22 = 238.42 rounds to 238.
    expect(roundToFloatFormat(-1e9, bfloat16)).toBe(-238 * 2 ** 22);
    expect(largestFinite(bfloat16)).toBe(3.3895313892515355e38);
    // float32's largest finite number, (2 − 2^−23) × 2^127, lies above bfloat16's overflow threshold.
    expect(roundToFloatFormat((2 - 2 ** -23) * 2 ** 127, bfloat16)).toBe(Infinity);
    expect(roundToFloatFormat(1 + 2 ** -8, bfloat16)).toBe(1);
    expect(roundToFloatFormat(2 ** -133, bfloat16)).toBe(2 ** -133);
  });

  it("roundToFloatFormat(x, float32) equals the engine's Math.fround(x) on 20000 numbers from subnormal to overflow", () => {
    const rng = createRandom(5);
    const xs = [3.4028235677973366e38, 3.4028235677973362e38, 2 ** -149, 2 ** -150, 1.5 * 2 ** -150, 1 / 3, -0.1];
    for (let n = 0; n < 20000; n++) xs.push((rng.next() < 0.5 ? -1 : 1) * rng.next() * 2 ** Math.floor(rng.next() * 300 - 160));
    for (const x of xs) expect(Object.is(roundToFloatFormat(x, float32), Math.fround(x)), `x = ${x}`).toBe(true);
  });

  it("largestFinite(float32) is (2 − 2^−23) × 2^127, the largest number Math.fround keeps finite", () => {
    expect(largestFinite(float32)).toBe(3.4028234663852886e38);
    expect(Math.fround(largestFinite(float32))).toBe(largestFinite(float32));
  });

  it("roundTo.float32 is Math.fround and roundTo.float16 / roundTo.bfloat16 round into those formats", () => {
    expect(roundTo.float32(1 / 3)).toBe(Math.fround(1 / 3));
    expect(roundTo.float16(1 / 3)).toBe(0.333251953125);
    expect(roundTo.bfloat16(1 / 3)).toBe(0.333984375);
  });
});
