import { describe, expect, it } from "vitest";
import { argmaxRows, scaledDotProductAttention } from "../../../src/core";
import { perceiverExample } from "../../../src/examples/perceiverExample";

describe("perceiverExample", () => {
  it("perceiverExample(4, 32) gives 4 latent queries and 32 inputs of the same width", () => {
    const { latents, inputs } = perceiverExample(4, 32);
    expect([latents.rows, inputs.rows, latents.cols]).toEqual([4, 32, inputs.cols]);
  });

  it("perceiverExample(N, M) makes each latent attend most to an input in its own stretch", () => {
    for (const [N, M] of [[4, 32], [8, 64], [2, 16]]) {
      const { latents, inputs } = perceiverExample(N, M);
      const best = argmaxRows(scaledDotProductAttention(latents, inputs, inputs).weights);
      best.forEach((j, i) => expect(Math.floor((j * N) / M), `latent ${i} of ${N} over ${M} inputs`).toBe(i));
    }
  });

  it("perceiverExample(0, 8) is refused", () => {
    expect(() => perceiverExample(0, 8)).toThrow(/latentCount is 0/);
  });
});
