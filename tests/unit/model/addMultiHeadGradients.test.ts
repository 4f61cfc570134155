import { describe, expect, it } from "vitest";
import { fromRows, toRows, type MultiHeadGradients } from "../../../src/core";
import { addMultiHeadGradients, zerosLike } from "../../../src/model";
import { tinyConfig } from "./tinyModel";

describe("addMultiHeadGradients", () => {
  it("addMultiHeadGradients(grads, prefix, g) adds each weight and bias gradient under its name, and sums repeated calls", () => {
    const config = tinyConfig();
    const grads = zerosLike(config);
    const w = (k: number) => fromRows([[k, 0, 0, 0], [0, k, 0, 0], [0, 0, k, 0], [0, 0, 0, k]]);
    const b = (k: number) => new Float64Array([k, k, k, k]);
    const g = { dWq: w(1), dWk: w(2), dWv: w(3), dWo: w(4), dbq: b(5), dbk: b(6), dbv: b(7), dbo: b(8) } as MultiHeadGradients;
    addMultiHeadGradients(grads, "encoder.1.selfAttention", g);
    addMultiHeadGradients(grads, "encoder.1.selfAttention", g);
    expect(toRows(grads.get("encoder.1.selfAttention.wv")!)[2]).toEqual([0, 0, 6, 0]);
    expect(toRows(grads.get("encoder.1.selfAttention.wo")!)[3]).toEqual([0, 0, 0, 8]);
    expect(Array.from(grads.get("encoder.1.selfAttention.bq")!.data)).toEqual([10, 10, 10, 10]);
    expect(Array.from(grads.get("encoder.1.selfAttention.bo")!.data)).toEqual([16, 16, 16, 16]);
    expect(grads.get("encoder.0.selfAttention.wq")!.data.every((x) => x === 0)).toBe(true);
    expect(grads.get("decoder.1.selfAttention.bq")!.data.every((x) => x === 0)).toBe(true);
  });
});
