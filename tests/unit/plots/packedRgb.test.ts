import { describe, expect, it } from "vitest";
import { packedRgb } from "../../../src/plots/packedRgb";

describe("packedRgb", () => {
  it("packedRgb(hex) reads d3's #rrggbb in either case", () => {
    expect(packedRgb("#440154")).toBe(0x440154);
    expect(packedRgb("#FDE725")).toBe(0xfde725);
    expect(packedRgb("#000000")).toBe(0);
  });

  it("packedRgb(rgb()) reads d3's rgb(r, g, b), with or without spaces after the commas", () => {
    expect(packedRgb("rgb(124, 105, 169)")).toBe((124 << 16) | (105 << 8) | 169);
    expect(packedRgb("rgb(255,0,7)")).toBe(0xff0007);
    expect(packedRgb("rgb(0, 0, 0)")).toBe(0);
  });

  it("packedRgb(other) is undefined for anything else, so the caller lets the browser parse it", () => {
    for (const fill of ["red", "#12345", "#12345g", "#1234567", "rgb(256, 0, 0)", "rgb(1, 2)", "rgb(1, 2, 3, 4)", "rgba(1, 2, 3, 0.5)", "rgb(1 , 2, 3)", "rgb(1, 2, 3", "rgb(, 2, 3)", "rgb(1.5, 2, 3)", "transparent", ""]) {
      expect(packedRgb(fill), fill).toBeUndefined();
    }
  });
});
