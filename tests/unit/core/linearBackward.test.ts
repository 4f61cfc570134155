import { describe, expect, it } from "vitest";
import { fromRows, linear, linearBackward, matrix, shapeOf, toRows } from "../../../src/core";
import { numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("linearBackward", () => {
  it("linearBackward(x, w, dY) gives dX = dY W^T, dW = X^T dY and db = column sums of dY (worked by hand)", () => {
    const x = fromRows([[1, 2], [3, -1]]); // L = 2, in = 2
    const w = fromRows([[1, 0, 2], [0, 1, 3]]); // (in, out) = (2, 3)
    const dY = fromRows([[1, 2, 0], [0, -1, 1]]);
    const { dX, dW, db } = linearBackward(x, w, dY);
    // dX row 0: [1*1 + 2*0 + 0*2, 1*0 + 2*1 + 0*3] = [1, 2]; row 1: [0 + 0 + 1*2, 0 - 1 + 1*3] = [2, 2]
    expect(toRows(dX)).toEqual([[1, 2], [2, 2]]);
    // dW row 0: 1*[1, 2, 0] + 3*[0, -1, 1] = [1, -1, 3]; row 1: 2*[1, 2, 0] - 1*[0, -1, 1] = [2, 5, -1]
    expect(toRows(dW)).toEqual([[1, -1, 3], [2, 5, -1]]);
    // db: [1 + 0, 2 - 1, 0 + 1]
    expect(Array.from(db)).toEqual([1, 1, 1]);
  });
  it("linearBackward(x, w, dY) matches central differences of sum((X W + b) * dY) in X, W and b, for L, in, out all different", () => {
    const X = pseudoRows(4, 3, 21);
    const W = pseudoRows(3, 5, 22);
    const b = pseudoRows(1, 5, 23);
    const dY = pseudoRows(4, 5, 24);
    const loss = (xs: number[][], ws: number[][], bs: number[][]) => weightedSum(linear(fromRows(xs), fromRows(ws), bs[0]), dY);
    const { dX, dW, db } = linearBackward(fromRows(X), fromRows(W), fromRows(dY));
    expect([shapeOf(dX), shapeOf(dW), db.length]).toEqual(["4x3", "3x5", 5]);
    expectClose(dX, numericGradient((x) => loss(x, W, b), X), 1e-8);
    expectClose(dW, numericGradient((w) => loss(X, w, b), W), 1e-8);
    expectClose([Array.from(db)], numericGradient((bs) => loss(X, W, bs), b), 1e-8);
  });
  it("linearBackward(x, w, dY) with one token (L = 1) gives dW as the outer product x^T dY and db = dY", () => {
    // dW_ij = x_i dY_j: [[2*1, 2*-3], [-1*1, -1*-3]] = [[2, -6], [-1, 3]]
    const { dW, db } = linearBackward(fromRows([[2, -1]]), fromRows([[1, 1], [1, 1]]), fromRows([[1, -3]]));
    expect(toRows(dW)).toEqual([[2, -6], [-1, 3]]);
    expect(Array.from(db)).toEqual([1, -3]);
  });
  it("linearBackward(x, w, dY) does not change its inputs", () => {
    const rows = [pseudoRows(2, 3, 25), pseudoRows(3, 2, 26), pseudoRows(2, 2, 27)];
    const [x, w, dY] = rows.map((r) => fromRows(r));
    linearBackward(x, w, dY);
    expect([toRows(x), toRows(w), toRows(dY)]).toEqual(rows);
  });
  it("linearBackward(x, w, dY) refuses dY that is not (L, out), naming dY and both shapes", () => {
    expect(() => linearBackward(matrix(3, 2), matrix(2, 4), matrix(4, 3))).toThrow(
      /^linearBackward: dY is 4x3 but the output it belongs to is 3x4; the gradient of an output has the output's shape$/,
    );
  });
  it("linearBackward(x, w, dY, names) words the refusal with the caller's op", () => {
    expect(() => linearBackward(matrix(3, 2), matrix(2, 4), matrix(3, 2), { op: "multiHeadCrossAttentionBackward", x: "query", w: "wq" })).toThrow(
      /^multiHeadCrossAttentionBackward: dY is 3x2 but the output it belongs to is 3x4/,
    );
  });
  it("linearBackward(x, w, dY) refuses NaN and Infinity in dY, naming the cell", () => {
    expect(() => linearBackward(matrix(2, 1), matrix(1, 1), matrix(2, 1, [0, NaN]))).toThrow(
      /^linearBackward: dY has NaN at row 1, column 0 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => linearBackward(matrix(2, 1), matrix(1, 1), matrix(2, 1, [Infinity, 0]))).toThrow(/^linearBackward: dY has \+Infinity at row 0, column 0/);
  });
  it("linearBackward(a, b, d) refuses operands that could not have been multiplied, whatever the gradient's shape", () => {
    expect(() => linearBackward(matrix(2, 3), matrix(4, 2), matrix(2, 2))).toThrow(
      /^linearBackward: X is 2x3 but W is 4x2; W needs one row per column of X \(in\), as in the forward projection$/,
    );
  });
});
