import { describe, expect, it } from "vitest";
import { fromRows, matrix, relu, reluBackward, toRows } from "../../../src/core";
import { numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("reluBackward", () => {
  it("reluBackward(x, dY) passes dY where x > 0 and gives 0 where x <= 0", () => {
    expect(toRows(reluBackward(fromRows([[-1, 0, 2], [0.5, -3, 1]]), fromRows([[5, 6, 7], [8, 9, 10]])))).toEqual([
      [0, 0, 7],
      [8, 0, 10],
    ]);
  });
  it("reluBackward(x, dY) takes the slope at x = 0 as 0, as PyTorch does", () => {
    expect(toRows(reluBackward(fromRows([[0, -0]]), fromRows([[1, 1]])))).toEqual([[0, 0]]);
  });
  it("reluBackward(x, dY) agrees with finite differences away from 0", () => {
    const x = pseudoRows(3, 4, 1).map((r) => r.map((v) => (Math.abs(v) < 0.01 ? 0.5 : v)));
    const dOut = pseudoRows(3, 4, 2);
    const numeric = numericGradient((m) => weightedSum(relu(fromRows(m)), dOut), x);
    expectClose(reluBackward(fromRows(x), fromRows(dOut)), numeric, 1e-9);
  });
  it("reluBackward(x, dY) refuses a dY whose shape is not x's", () => {
    expect(() => reluBackward(matrix(2, 3), matrix(3, 2))).toThrow(
      /^reluBackward: dOutput is 3x2 but the output it belongs to is 2x3; the gradient of an output has the output's shape$/,
    );
  });
});
