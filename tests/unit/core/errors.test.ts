import { describe, expect, it } from "vitest";
import {
  AttentionError,
  assertFinite,
  assertIntegerInRange,
  assertNonEmpty,
  assertSameShape,
  matrix,
  shapeText,
} from "../../../src/core";

describe("AttentionError", () => {
  it("new AttentionError(op, detail) is an Error named AttentionError carrying op, with message op: detail", () => {
    const e = new AttentionError("scores", "Q is 3x4");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("AttentionError");
    expect(e.op).toBe("scores");
    expect(e.message).toBe("scores: Q is 3x4");
  });
});

describe("shapeText", () => {
  it("shapeText(m) writes rows x cols", () => {
    expect(shapeText({ rows: 3, cols: 4 })).toBe("3x4");
  });
});

describe("assertFinite", () => {
  it("assertFinite(m, op, name) accepts finite entries", () => {
    expect(() => assertFinite(matrix(1, 2, [1, -1e300]), "op", "X")).not.toThrow();
  });
  it("assertFinite(m, op, name) names the operation, operand, kind and cell of the first bad entry", () => {
    expect(() => assertFinite(matrix(2, 3, [0, 0, 0, 0, 0, NaN]), "attention", "Q")).toThrow(
      /^attention: Q has NaN at row 1, column 2 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => assertFinite(matrix(1, 2, [Infinity, 0]), "op", "K")).toThrow(/K has \+Infinity at row 0, column 0/);
    expect(() => assertFinite(matrix(1, 2, [0, -Infinity]), "op", "K")).toThrow(/K has -Infinity at row 0, column 1/);
  });
  it("assertFinite(m, op, name, {allowNegativeInfinity: true}) lets -Infinity through but not NaN or +Infinity", () => {
    const opts = { allowNegativeInfinity: true };
    expect(() => assertFinite(matrix(1, 2, [-Infinity, 1]), "op", "bias", opts)).not.toThrow();
    expect(() => assertFinite(matrix(1, 2, [Infinity, 1]), "op", "bias", opts)).toThrow(
      /bias has \+Infinity at row 0, column 0 .*finite number or -Infinity/,
    );
    expect(() => assertFinite(matrix(1, 1, [NaN]), "op", "bias", opts)).toThrow(AttentionError);
  });
});

describe("assertNonEmpty", () => {
  it("assertNonEmpty(m, op, name) refuses a matrix with no rows or no columns", () => {
    expect(() => assertNonEmpty(matrix(0, 4), "attention", "Q")).toThrow(
      /^attention: Q is 0x4; it needs at least one row and one column$/,
    );
    expect(() => assertNonEmpty(matrix(3, 0), "attention", "V")).toThrow(/V is 3x0/);
    expect(() => assertNonEmpty(matrix(1, 1), "attention", "V")).not.toThrow();
  });
});

describe("assertSameShape", () => {
  it("assertSameShape(a, b, op, aName, bName) names both shapes and the rule", () => {
    expect(() => assertSameShape(matrix(3, 4), matrix(3, 5), "add", "A", "B")).toThrow(
      /^add: A is 3x4 but B is 3x5; A and B need the same shape$/,
    );
    expect(() => assertSameShape(matrix(2, 2), matrix(2, 2), "add", "A", "B")).not.toThrow();
  });
});

describe("assertIntegerInRange", () => {
  it("assertIntegerInRange(value, op, name, min, max) accepts integers in [min, max], ends included", () => {
    expect(() => assertIntegerInRange(0, "op", "n", 0, 5)).not.toThrow();
    expect(() => assertIntegerInRange(5, "op", "n", 0, 5)).not.toThrow();
  });
  it("assertIntegerInRange(value, op, name, min, max) refuses out of range, fractional and NaN values", () => {
    expect(() => assertIntegerInRange(6, "keyPaddingMask", "length", 0, 5)).toThrow(
      /^keyPaddingMask: length is 6; it must be an integer from 0 to 5$/,
    );
    expect(() => assertIntegerInRange(1.5, "op", "n", 0, 5)).toThrow(/n is 1.5/);
    expect(() => assertIntegerInRange(NaN, "op", "n", 0, 5)).toThrow(/n is NaN/);
  });
  it("assertIntegerInRange(value, op, name, min) has no upper bound", () => {
    expect(() => assertIntegerInRange(1e9, "op", "heads", 1)).not.toThrow();
    expect(() => assertIntegerInRange(0, "op", "heads", 1)).toThrow(/heads is 0; it must be an integer >= 1$/);
  });
});
