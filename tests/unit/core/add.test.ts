import { describe, expect, it } from "vitest";
import { add, fromRows, toRows } from "../../../src/core";

describe("add", () => {
  it("add(a, b) adds elementwise", () => {
    expect(toRows(add(fromRows([[1, 2], [3, 4]]), fromRows([[10, 20], [30, 40]])))).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });
  it("add(a, b) does not change its inputs", () => {
    const a = fromRows([[1]]);
    add(a, fromRows([[2]]));
    expect(toRows(a)).toEqual([[1]]);
  });
  it("add(a, b) refuses different shapes, naming both", () => {
    expect(() => add(fromRows([[1, 2]]), fromRows([[1], [2]]))).toThrow(
      /^add: A is 1x2 but B is 2x1; A and B need the same shape$/,
    );
  });
  it("add(a, b, names) words the error with the caller's names", () => {
    expect(() => add(fromRows([[1, 2]]), fromRows([[1]]), { op: "attention", a: "scores", b: "bias" })).toThrow(
      /^attention: scores is 1x2 but bias is 1x1; scores and bias need the same shape$/,
    );
  });
});
