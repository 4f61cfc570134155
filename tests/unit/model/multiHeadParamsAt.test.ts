import { describe, expect, it } from "vitest";
import { multiHeadParamsAt } from "../../../src/model";
import { tinyConfig, tinyParams } from "./tinyModel";

describe("multiHeadParamsAt", () => {
  it("multiHeadParamsAt(params, prefix, heads) hands out the eight tensors stored under the prefix, not copies", () => {
    const params = tinyParams(tinyConfig());
    const p = multiHeadParamsAt(params, "decoder.1.crossAttention", 2);
    expect(p.heads).toBe(2);
    for (const w of ["wq", "wk", "wv", "wo"] as const) expect(p[w], w).toBe(params.get(`decoder.1.crossAttention.${w}`));
    for (const b of ["bq", "bk", "bv", "bo"] as const) expect(p[b], b).toBe(params.get(`decoder.1.crossAttention.${b}`)!.data);
    expect(p.wq).not.toBe(params.get("decoder.1.selfAttention.wq"));
  });
});
