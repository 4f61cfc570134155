import { describe, expect, it } from "vitest";
import { fromRows, matmulTransposed, matmulTransposedBackward, matrix, shapeOf, toRows } from "../../../src/core";
import { numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("matmulTransposedBackward", () => {
  it("matmulTransposedBackward(a, b, dC) gives dA = dC B and dB = dC^T A on a 1x2 by (3x2)^T (worked by hand)", () => {
    const a = fromRows([[1, 2]]);
    const b = fromRows([[3, 4], [5, 6], [7, 8]]);
    const dC = fromRows([[1, -1, 2]]);
    const { dA, dB } = matmulTransposedBackward(a, b, dC);
    // dA = 1*[3, 4] - 1*[5, 6] + 2*[7, 8] = [12, 14]
    expect(toRows(dA)).toEqual([[12, 14]]);
    // dB row j = dC_0j * [1, 2]: [1, 2], [-1, -2], [2, 4]
    expect(toRows(dB)).toEqual([[1, 2], [-1, -2], [2, 4]]);
  });
  it("matmulTransposedBackward(q, k, dS) matches central differences of sum(Q K^T * dS) for Lq != Lk", () => {
    const Q = pseudoRows(2, 3, 11);
    const K = pseudoRows(5, 3, 12);
    const dS = pseudoRows(2, 5, 13);
    const { dA, dB } = matmulTransposedBackward(fromRows(Q), fromRows(K), fromRows(dS));
    expect([shapeOf(dA), shapeOf(dB)]).toEqual(["2x3", "5x3"]);
    expectClose(dA, numericGradient((x) => weightedSum(matmulTransposed(fromRows(x), fromRows(K)), dS), Q), 1e-8);
    expectClose(dB, numericGradient((x) => weightedSum(matmulTransposed(fromRows(Q), fromRows(x)), dS), K), 1e-8);
  });
  it("matmulTransposedBackward(a, b, dC) with dk = 1 scales each operand by the other's weighted sum", () => {
    // C_ij = a_i b_j; dA_i = sum_j dC_ij b_j = [1*2 + 1*3] = [5]; dB_j = a_0 dC_0j = [4*1, 4*1] = [4, 4]
    const { dA, dB } = matmulTransposedBackward(fromRows([[4]]), fromRows([[2], [3]]), fromRows([[1, 1]]));
    expect(toRows(dA)).toEqual([[5]]);
    expect(toRows(dB)).toEqual([[4], [4]]);
  });
  it("matmulTransposedBackward(a, b, dC) does not change its inputs", () => {
    const rows = [pseudoRows(2, 3, 14), pseudoRows(4, 3, 15), pseudoRows(2, 4, 16)];
    const [a, b, dC] = rows.map((r) => fromRows(r));
    matmulTransposedBackward(a, b, dC);
    expect([toRows(a), toRows(b), toRows(dC)]).toEqual(rows);
  });
  it("matmulTransposedBackward(a, b, dC) refuses dC that is not (n, p), naming dC and both shapes", () => {
    expect(() => matmulTransposedBackward(matrix(2, 3), matrix(4, 3), matrix(2, 3))).toThrow(
      /^matmulTransposedBackward: dC is 2x3 but the output it belongs to is 2x4; the gradient of an output has the output's shape$/,
    );
  });
  it("matmulTransposedBackward(a, b, dC, names) names the operation after the forward's op", () => {
    expect(() => matmulTransposedBackward(matrix(2, 3), matrix(4, 3), matrix(4, 2), { op: "scores", a: "Q", b: "K" })).toThrow(
      /^scoresBackward: dC is 4x2 but the output it belongs to is 2x4/,
    );
  });
  it("matmulTransposedBackward(a, b, dC) refuses NaN and Infinity in dC, naming the cell", () => {
    expect(() => matmulTransposedBackward(matrix(1, 2), matrix(2, 2), matrix(1, 2, [NaN, 0]))).toThrow(
      /^matmulTransposedBackward: dC has NaN at row 0, column 0 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => matmulTransposedBackward(matrix(1, 2), matrix(2, 2), matrix(1, 2, [0, Infinity]))).toThrow(
      /^matmulTransposedBackward: dC has \+Infinity at row 0, column 1/,
    );
  });
  it("matmulTransposedBackward(a, b, d) refuses operands that could not have been multiplied, whatever the gradient's shape", () => {
    expect(() => matmulTransposedBackward(matrix(2, 3), matrix(4, 2), matrix(2, 4))).toThrow(
      /^matmulTransposedBackward: A is 2x3 but B is 4x2; A and B need the same number of columns, as in the forward product$/,
    );
  });
});
