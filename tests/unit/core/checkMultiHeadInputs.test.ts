import { describe, expect, it } from "vitest";
import { checkMultiHeadInputs } from "../../../src/core/checkMultiHeadInputs";
import { maskFromRows, maskToRows } from "../../../src/core/mask";
import { zeros, type Matrix } from "../../../src/core/matrix";
import type { MultiHeadParams } from "../../../src/core/multiHeadCrossAttention";

// Lq = 2 target tokens of width dModel = 4; Lk = 3 source tokens with kdim = 5 and vdim = 6.
const query = zeros(2, 4);
const key = zeros(3, 5);
const value = zeros(3, 6);
const params = (over: Partial<MultiHeadParams> = {}): MultiHeadParams => ({
  heads: 2,
  wq: zeros(4, 4),
  wk: zeros(5, 4),
  wv: zeros(6, 4),
  wo: zeros(4, 4),
  ...over,
});
const check = (over: Partial<MultiHeadParams> = {}, options = {}, q: Matrix = query) => checkMultiHeadInputs(q, key, value, params(over), options, "mha");

describe("checkMultiHeadInputs", () => {
  it("checkMultiHeadInputs(...) returns the sizes, dk = dModel / heads, and an all-allowed mask by default", () => {
    const shape = check();
    expect({ Lq: shape.Lq, Lk: shape.Lk, dModel: shape.dModel, dk: shape.dk }).toEqual({ Lq: 2, Lk: 3, dModel: 4, dk: 2 });
    expect(maskToRows(shape.mask)).toEqual([[true, true, true], [true, true, true]]);
  });

  it("checkMultiHeadInputs(...) combines the allowed mask with key padding (AND)", () => {
    const allowed = maskFromRows([[true, false, true], [true, true, true]]);
    const shape = check({}, { allowed, keyLength: 2 });
    expect(maskToRows(shape.mask)).toEqual([[true, false, false], [true, true, false]]);
  });

  it("checkMultiHeadInputs(...) refuses heads that do not divide dModel, listing the ones that do", () => {
    expect(() => check({ heads: 3 })).toThrow("mha: dModel 4 is not divisible by heads 3; choose heads that divide dModel (1, 2 or 4)");
  });

  it("checkMultiHeadInputs(...) names a weight of the wrong shape and where its dimensions come from", () => {
    expect(() => check({ wk: zeros(4, 4) })).toThrow("mha: wk is 4x4 but it must be 5x4 (kdim x dModel, kdim being the key width)");
    expect(() => check({ wv: zeros(6, 3) })).toThrow("mha: wv is 6x3 but it must be 6x4 (vdim x dModel, vdim being the value width)");
  });

  it("checkMultiHeadInputs(...) refuses a bias of the wrong length or with a non-finite entry", () => {
    expect(() => check({ bq: [0, 0, 0] })).toThrow("mha: bq has length 3; it must have dModel = 4 entries");
    expect(() => check({ bo: [0, Number.NaN, 0, 0] })).toThrow("mha: bo has NaN at index 1; every entry must be a finite number");
  });

  it("checkMultiHeadInputs(...) refuses key and value with different numbers of rows, and a mask of the wrong shape", () => {
    expect(() => checkMultiHeadInputs(query, zeros(4, 5), value, params(), {}, "mha")).toThrow(
      "mha: key is 4x5 but value is 3x6; key and value need the same number of rows (Lk), one per source token",
    );
    expect(() => check({}, { allowed: maskFromRows([[true, true], [true, true]]) })).toThrow(
      "mha: the allowed mask is 2x2 but there are 2 queries and 3 keys; it must be 2x3 (Lq x Lk)",
    );
  });

  it("checkMultiHeadInputs(...) refuses a key length outside 0..Lk", () => {
    expect(() => check({}, { keyLength: 4 })).toThrow(/keyLength/);
    expect(() => check({}, { keyLength: 1.5 })).toThrow(/keyLength/);
  });
});
