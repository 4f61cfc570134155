import { describe, expect, it } from "vitest";
import { fromRows, matrix, toRows } from "../../../src/core";
import { addGradient } from "../../../src/model";

describe("addGradient", () => {
  it("addGradient(grads, name, d) adds a matrix entry by entry into the named gradient only", () => {
    const grads = new Map([["w", fromRows([[1, 2], [3, 4]])], ["other", matrix(1, 2)]]);
    const d = fromRows([[10, 20], [30, 40]]);
    addGradient(grads, "w", d);
    expect(toRows(grads.get("w")!)).toEqual([[11, 22], [33, 44]]);
    expect(toRows(grads.get("other")!)).toEqual([[0, 0]]);
    expect(toRows(d)).toEqual([[10, 20], [30, 40]]);
  });
  it("addGradient(grads, name, d) takes a bias gradient as a Float64Array", () => {
    const grads = new Map([["b", matrix(1, 3)]]);
    addGradient(grads, "b", new Float64Array([0.5, -1, 2]));
    expect(Array.from(grads.get("b")!.data)).toEqual([0.5, -1, 2]);
  });
  it("addGradient(grads, name, d) called twice sums both uses of a shared parameter", () => {
    const grads = new Map([["b", matrix(1, 2)]]);
    addGradient(grads, "b", new Float64Array([1, 2]));
    addGradient(grads, "b", fromRows([[0.25, -3]]));
    expect(Array.from(grads.get("b")!.data)).toEqual([1.25, -1]);
  });
});
