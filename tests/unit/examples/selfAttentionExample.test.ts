import { describe, expect, it } from "vitest";
import { argmaxRows, scaledDotProductAttention } from "../../../src/core";
import { selfAttentionExample } from "../../../src/examples/selfAttentionExample";

describe("selfAttentionExample", () => {
  it("selfAttentionExample() has a token whose largest weight is not on itself", () => {
    const { q, k, v, tokens } = selfAttentionExample();
    const best = argmaxRows(scaledDotProductAttention(q, k, v).weights);
    expect(best.length).toBe(tokens.length);
    expect(Array.from(best).some((j, i) => j !== i)).toBe(true);
  });
});
