import { describe, expect, it } from "vitest";
import { serialize } from "../../../src/notebook/serialize";
import { plot } from "../../../src/notebook/plotSpecs";
import { AttentionError, fromRows, maskFromRows, scaledDotProductAttention } from "../../../src/core";

describe("serialize", () => {
  it("serialize(value) keeps primitives, and writes functions, bigints and symbols as text", () => {
    expect(serialize(1.5)).toEqual({ kind: "number", value: 1.5 });
    expect(serialize("a")).toEqual({ kind: "string", value: "a" });
    expect(serialize(true)).toEqual({ kind: "boolean", value: true });
    expect(serialize(null)).toEqual({ kind: "null" });
    expect(serialize(undefined)).toEqual({ kind: "undefined" });
    expect(serialize(function named() {})).toEqual({ kind: "text", text: "ƒ named()" });
    expect(serialize(3n)).toEqual({ kind: "text", text: "3n" });
  });

  it("serialize(matrix) gives its shape and row-major numbers, -Infinity kept", () => {
    const m = { rows: 1, cols: 2, data: Float64Array.from([0.5, -Infinity]) };
    expect(serialize(m)).toEqual({ kind: "matrix", rows: 1, cols: 2, data: [0.5, -Infinity] });
  });

  it("serialize(mask) gives booleans, true where a query may attend", () => {
    expect(serialize(maskFromRows([[true, false]]))).toEqual({ kind: "mask", rows: 1, cols: 2, allowed: [true, false] });
  });

  it("serialize(trace) recognises an attention trace and keeps every stage", () => {
    const t = scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0], [0, 1]]), fromRows([[2], [4]]));
    const out = serialize(t);
    expect(out.kind).toBe("trace");
    if (out.kind !== "trace") return;
    expect(out.scale).toBeCloseTo(1 / Math.SQRT2, 15);
    expect(out.scores).toEqual({ kind: "matrix", rows: 1, cols: 2, data: [1, 0] });
    expect(out.output.rows).toBe(1);
  });

  it("serialize(plot.bars(...)) passes the plot spec through", () => {
    expect(serialize(plot.bars([1, 2], ["a", "b"]))).toEqual({ kind: "plot", spec: { type: "bars", values: [1, 2], labels: ["a", "b"], title: undefined } });
  });

  it("serialize(object) lists fields, names a class, and marks a cycle instead of recursing", () => {
    class Point {
      x = 1;
      self: unknown = this;
    }
    expect(serialize(new Point())).toEqual({
      kind: "object",
      label: "Point",
      entries: [["x", { kind: "number", value: 1 }], ["self", { kind: "text", text: "[circular]" }]],
      more: 0,
    });
  });

  it("serialize(array) caps long arrays at 100 items and counts the rest", () => {
    const out = serialize(Array.from({ length: 250 }, (_, i) => i));
    expect(out).toMatchObject({ kind: "array", label: "Array(250)", more: 150 });
    if (out.kind === "array") expect(out.items).toHaveLength(100);
  });

  it("serialize(deep) stops at depth 4", () => {
    expect(serialize([[[[[1]]]]])).toMatchObject({ items: [{ items: [{ items: [{ items: [{ kind: "text", text: "Array(1)" }] }] }] }] });
  });

  it("serialize(error) and serialize(Float64Array) read as an error and an array", () => {
    expect(serialize(new RangeError("bad"))).toEqual({ kind: "error", name: "RangeError", message: "bad" });
    const refusal = new AttentionError("scores", { code: "qkColumns", params: { qShape: "2x3", kShape: "2x2" } });
    expect(serialize(refusal)).toEqual({
      kind: "error",
      name: "AttentionError",
      message: "scores: Q is 2x3 but K is 2x2; Q and K need the same number of columns (dk)",
      reason: { op: "scores", code: "qkColumns", params: { qShape: "2x3", kShape: "2x2" } },
    });
    expect(serialize(Float64Array.from([1]))).toEqual({ kind: "array", label: "Float64Array(1)", items: [{ kind: "number", value: 1 }], more: 0 });
  });

  it("serialize(huge matrix) summarises it by shape", () => {
    expect(serialize({ rows: 100, cols: 100, data: new Float64Array(10_000) })).toEqual({ kind: "largeMatrix", rows: 100, cols: 100 });
  });
});
