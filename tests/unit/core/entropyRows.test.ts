import { describe, expect, it } from "vitest";
import { entropyRows, fromRows } from "../../../src/core";

describe("entropyRows", () => {
  it("entropyRows(w) is 0 for one-hot rows and ln(n) for uniform rows", () => {
    const h = entropyRows(fromRows([[0, 1, 0, 0], [0.25, 0.25, 0.25, 0.25]]));
    expect(h[0]).toBe(0);
    expect(h[1]).toBeCloseTo(Math.log(4), 15);
  });
  it("entropyRows(w) of [1/2, 1/2, 0] is ln 2 (zero weights add nothing)", () => {
    expect(entropyRows(fromRows([[0.5, 0.5, 0]]))[0]).toBeCloseTo(Math.log(2), 15);
  });
  it("entropyRows(w) of an all-zero row (fully masked under zeros) is 0", () => {
    expect(Array.from(entropyRows(fromRows([[0, 0]])))).toEqual([0]);
  });
});
