import { describe, expect, it } from "vitest";
import { base64ToFloat64, float64ToBase64 } from "../../../src/train";

describe("float64Base64", () => {
  it("float64ToBase64([1]) is the little-endian bytes 00 00 00 00 00 00 f0 3f in base64", () => {
    expect(float64ToBase64(Float64Array.of(1))).toBe("AAAAAAAA8D8=");
    expect(float64ToBase64(Float64Array.of(-2))).toBe("AAAAAAAAAMA=");
  });

  it("base64ToFloat64(float64ToBase64(x)) gives x back bit for bit, including -0, subnormals, infinities and NaN", () => {
    const x = Float64Array.of(1 / 3, -0, 5e-324, Number.MAX_VALUE, -Infinity, Infinity, Number.NaN, 0.1 + 0.2);
    const back = base64ToFloat64(float64ToBase64(x));
    expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(x.buffer));
  });

  it("float64ToBase64 handles more than one slice of bytes (over 4096 floats)", () => {
    const x = Float64Array.from({ length: 10_000 }, (_, n) => Math.sin(n) * 1e3);
    expect(base64ToFloat64(float64ToBase64(x))).toEqual(x);
  });

  it("base64ToFloat64 refuses text that is not base64 or not whole 8-byte floats", () => {
    expect(() => base64ToFloat64("not base64!")).toThrow("a parameter's data is not base64");
    expect(() => base64ToFloat64("AAAA")).toThrow("a parameter's data has 3 bytes, not a whole number of 8-byte floats");
  });
});
