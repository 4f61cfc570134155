import { describe, expect, it } from "vitest";
import { AttentionError, assertUpstream, matrix } from "../../../src/core";

describe("assertUpstream", () => {
  it("assertUpstream(d, rows, cols, op) accepts a finite gradient of the output's shape", () => {
    expect(() => assertUpstream(matrix(2, 3, [1, -2, 0, 0.5, 1e300, -1e-300]), 2, 3, "attentionBackward")).not.toThrow();
  });
  it("assertUpstream(d, rows, cols, op) refuses another shape, naming the op, dOutput and both shapes", () => {
    expect(() => assertUpstream(matrix(3, 2), 2, 3, "attentionBackward")).toThrow(
      /^attentionBackward: dOutput is 3x2 but the output it belongs to is 2x3; the gradient of an output has the output's shape$/,
    );
    // A transposed gradient has the right number of entries but is still refused.
    expect(() => assertUpstream(matrix(1, 4), 4, 1, "x")).toThrow(/^x: dOutput is 1x4 but the output it belongs to is 4x1/);
  });
  it("assertUpstream(d, rows, cols, op, name) words the message with the gradient's name", () => {
    expect(() => assertUpstream(matrix(2, 2), 2, 5, "matmulBackward", "dC")).toThrow(
      /^matmulBackward: dC is 2x2 but the output it belongs to is 2x5/,
    );
  });
  it("assertUpstream(d, rows, cols, op) refuses NaN, +Infinity and -Infinity, naming the cell", () => {
    expect(() => assertUpstream(matrix(2, 2, [0, 0, 0, NaN]), 2, 2, "linearBackward", "dY")).toThrow(
      /^linearBackward: dY has NaN at row 1, column 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => assertUpstream(matrix(1, 2, [Infinity, 0]), 1, 2, "op")).toThrow(/^op: dOutput has \+Infinity at row 0, column 0/);
    // Unlike a score, a gradient has no use for -Infinity.
    expect(() => assertUpstream(matrix(1, 2, [0, -Infinity]), 1, 2, "op")).toThrow(/^op: dOutput has -Infinity at row 0, column 1/);
  });
  it("assertUpstream(d, rows, cols, op) checks the shape before the entries", () => {
    expect(() => assertUpstream(matrix(1, 1, [NaN]), 2, 2, "op")).toThrow(/^op: dOutput is 1x1 but the output it belongs to is 2x2/);
  });
  it("assertUpstream(d, rows, cols, op) throws an AttentionError whose op is the backward operation", () => {
    let caught: unknown;
    try {
      assertUpstream(matrix(1, 1), 1, 2, "softmaxRowsBackward", "dWeights");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AttentionError);
    expect((caught as AttentionError).op).toBe("softmaxRowsBackward");
  });
});
