import { describe, expect, it } from "vitest";
import { multiHeadExample } from "../../../src/examples/multiHeadExample";
import { multiHeadParameterCount } from "../../../src/examples/multiHeadParameterCount";

describe("multiHeadParameterCount", () => {
  it("multiHeadParameterCount(params) gives 4 d² + 4 d with biases when kdim = vdim = dModel = 8", () => {
    // 4 * 64 + 4 * 8 = 288, written out by hand.
    expect(multiHeadParameterCount(multiHeadExample({ dModel: 8, heads: 2 }).params)).toEqual({ wq: 64, wk: 64, wv: 64, wo: 64, biases: 32, total: 288 });
  });

  it("multiHeadParameterCount(params) counts W_K and W_V as kdim x dModel when the source is narrower", () => {
    // 8 * (8 + 6 + 6 + 8) + 4 * 8 = 256.
    expect(multiHeadParameterCount(multiHeadExample({ dModel: 8, kdim: 6 }).params).total).toBe(256);
  });

  it("multiHeadParameterCount(params) does not change with the number of heads", () => {
    const counts = [1, 2, 4, 8].map((heads) => multiHeadParameterCount(multiHeadExample({ dModel: 8, heads }).params).total);
    expect(new Set(counts).size).toBe(1);
  });

  it("multiHeadParameterCount(params) counts absent biases as zero", () => {
    const { params } = multiHeadExample({ dModel: 4 });
    expect(multiHeadParameterCount({ heads: 1, wq: params.wq, wk: params.wk, wv: params.wv, wo: params.wo }).total).toBe(64);
  });
});
