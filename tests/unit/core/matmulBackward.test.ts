import { describe, expect, it } from "vitest";
import { fromRows, matmul, matmulBackward, matrix, shapeOf, toRows } from "../../../src/core";
import { numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("matmulBackward", () => {
  it("matmulBackward(a, b, dC) gives dA = dC B^T and dB = A^T dC on a 2x2 by 2x3 (worked by hand)", () => {
    const a = fromRows([[1, 2], [3, 4]]);
    const b = fromRows([[5, 6, 7], [8, 9, 10]]);
    const dC = fromRows([[1, 0, -1], [2, 1, 0]]);
    const { dA, dB } = matmulBackward(a, b, dC);
    // dA row 0: [1*5 + 0*6 - 1*7, 1*8 + 0*9 - 1*10] = [-2, -2]; row 1: [2*5 + 1*6, 2*8 + 1*9] = [16, 25]
    expect(toRows(dA)).toEqual([[-2, -2], [16, 25]]);
    // dB row 0: 1*[1, 0, -1] + 3*[2, 1, 0] = [7, 3, -1]; row 1: 2*[1, 0, -1] + 4*[2, 1, 0] = [10, 4, -2]
    expect(toRows(dB)).toEqual([[7, 3, -1], [10, 4, -2]]);
  });
  it("matmulBackward(a, b, dC) matches central differences of sum(A B * dC) for n, m, p all different", () => {
    const A = pseudoRows(3, 4, 1);
    const B = pseudoRows(4, 2, 2);
    const dC = pseudoRows(3, 2, 3);
    const { dA, dB } = matmulBackward(fromRows(A), fromRows(B), fromRows(dC));
    expect([shapeOf(dA), shapeOf(dB)]).toEqual(["3x4", "4x2"]);
    expectClose(dA, numericGradient((x) => weightedSum(matmul(fromRows(x), fromRows(B)), dC), A), 1e-8);
    expectClose(dB, numericGradient((x) => weightedSum(matmul(fromRows(A), fromRows(x)), dC), B), 1e-8);
  });
  it("matmulBackward(a, b, dC) of an outer product (inner size 1) sums dC against the other operand", () => {
    // C = [1; 2] [3, 4]; dA_i = sum_j dC_ij b_j: [1*3 + 1*4, 0*3 + 2*4] = [7, 8]; dB_j = sum_i a_i dC_ij: [1 + 0, 1 + 4] = [1, 5]
    const { dA, dB } = matmulBackward(fromRows([[1], [2]]), fromRows([[3, 4]]), fromRows([[1, 1], [0, 2]]));
    expect(toRows(dA)).toEqual([[7], [8]]);
    expect(toRows(dB)).toEqual([[1, 5]]);
  });
  it("matmulBackward(a, b, dC) of a zero dC is zero", () => {
    const { dA, dB } = matmulBackward(fromRows(pseudoRows(2, 3, 4)), fromRows(pseudoRows(3, 2, 5)), matrix(2, 2));
    expect(toRows(dA)).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(toRows(dB)).toEqual([[0, 0], [0, 0], [0, 0]]);
  });
  it("matmulBackward(a, b, dC) does not change its inputs", () => {
    const rows = [pseudoRows(2, 2, 6), pseudoRows(2, 3, 7), pseudoRows(2, 3, 8)];
    const [a, b, dC] = rows.map((r) => fromRows(r));
    matmulBackward(a, b, dC);
    expect([toRows(a), toRows(b), toRows(dC)]).toEqual(rows);
  });
  it("matmulBackward(a, b, dC) refuses dC that is not (n, p), naming dC and both shapes", () => {
    expect(() => matmulBackward(matrix(2, 4), matrix(4, 3), matrix(3, 2))).toThrow(
      /^matmulBackward: dC is 3x2 but the output it belongs to is 2x3; the gradient of an output has the output's shape$/,
    );
  });
  it("matmulBackward(a, b, dC, names) names the operation after the forward's op", () => {
    expect(() => matmulBackward(matrix(2, 4), matrix(4, 3), matrix(2, 2), { op: "mix", a: "the weights", b: "V" })).toThrow(
      /^mixBackward: dC is 2x2 but the output it belongs to is 2x3/,
    );
  });
  it("matmulBackward(a, b, dC) refuses NaN and Infinity in dC, naming the cell", () => {
    expect(() => matmulBackward(matrix(1, 1), matrix(1, 2), matrix(1, 2, [0, NaN]))).toThrow(
      /^matmulBackward: dC has NaN at row 0, column 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => matmulBackward(matrix(1, 1), matrix(1, 2), matrix(1, 2, [-Infinity, 0]))).toThrow(
      /^matmulBackward: dC has -Infinity at row 0, column 0/,
    );
  });
  it("matmulBackward(a, b, d) refuses operands that could not have been multiplied, whatever the gradient's shape", () => {
    expect(() => matmulBackward(matrix(2, 3), matrix(4, 2), matrix(2, 2))).toThrow(
      /^matmulBackward: A is 2x3 but B is 4x2; A needs as many columns as B has rows, as in the forward product$/,
    );
  });
});
