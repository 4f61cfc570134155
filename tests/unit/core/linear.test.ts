import { describe, expect, it } from "vitest";
import { fromRows, linear, toRows } from "../../../src/core";

describe("linear", () => {
  it("linear(x, w, b) is x w + b with w shaped [in, out] (worked by hand)", () => {
    const x = fromRows([[1, 2]]); // one token, in = 2
    const w = fromRows([
      [1, 0, 2],
      [0, 1, 3],
    ]); // (2, 3)
    // [1, 2] w = [1, 2, 1*2 + 2*3] = [1, 2, 8]; + b
    expect(toRows(linear(x, w, [0.5, 0, -8]))).toEqual([[1.5, 2, 0]]);
  });
  it("linear(x, w) without b is just x w", () => {
    expect(toRows(linear(fromRows([[1, 1], [2, 0]]), fromRows([[3], [4]])))).toEqual([[7], [6]]);
  });
  it("linear(x, w, b, names) refuses x and w that do not chain, in the caller's words", () => {
    expect(() => linear(fromRows([[1, 2, 3]]), fromRows([[1], [2]]), undefined, { op: "mha", x: "query", w: "wq" })).toThrow(
      /^mha: query is 1x3 but wq is 2x1; query needs as many columns as wq has rows$/,
    );
    expect(() => linear(fromRows([[1, 2, 3]]), fromRows([[1], [2]]))).toThrow(/^linear: X is 1x3 but W is 2x1/);
  });
  it("linear(x, w, b) refuses a bias whose length is not out", () => {
    expect(() => linear(fromRows([[1]]), fromRows([[1, 2]]), [1, 2, 3])).toThrow(
      /^linear: b has length 3 but X W is 1x2; b needs one entry per column \(2\)$/,
    );
  });
});
