import { describe, expect, it } from "vitest";
import { multiHeadCost } from "../../../src/examples/multiHeadCost";

describe("multiHeadCost", () => {
  it("multiHeadCost({Lq: 5, Lk: 4, dModel: 8, heads: 2}) counts every product's multiply-adds", () => {
    // scores: 5*4*8 = 160; weighted sum the same; projections 5*64 + 4*64 + 4*64 = 832; output 5*64 = 320.
    expect(multiHeadCost({ Lq: 5, Lk: 4, dModel: 8, heads: 2 })).toEqual({ projections: 832, scores: 160, weightedSum: 160, output: 320, total: 1472 });
  });

  it("multiHeadCost(shape) is the same for every head count that divides dModel", () => {
    const totals = [1, 2, 4, 8].map((heads) => multiHeadCost({ Lq: 7, Lk: 11, dModel: 8, heads }).total);
    expect(new Set(totals).size).toBe(1);
  });

  it("multiHeadCost(shape) uses kdim and vdim for the key and value projections", () => {
    // Lq dModel² + Lk kdim dModel + Lk vdim dModel = 2*16 + 3*6*4 + 3*2*4 = 32 + 72 + 24.
    expect(multiHeadCost({ Lq: 2, Lk: 3, dModel: 4, heads: 1, kdim: 6, vdim: 2 }).projections).toBe(128);
  });

  it("multiHeadCost(shape) refuses a head count that does not divide dModel", () => {
    expect(() => multiHeadCost({ Lq: 1, Lk: 1, dModel: 8, heads: 3 })).toThrow(/heads is 3; .*divides dModel 8/);
  });
});
