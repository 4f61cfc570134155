import { describe, expect, it } from "vitest";
import { fromRows, layerNorm, layerNormBackward, matrix, toRows } from "../../../src/core";
import { numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

/** The numeric gradients of sum(layerNorm(x, gamma, beta).output * dOut) for x, gamma and beta. */
function numericLayerNorm(x: number[][], gamma: number[], beta: number[], dOut: number[][], eps = 1e-5) {
  const loss = (xs: number[][], g: number[], b: number[]) => weightedSum(layerNorm(fromRows(xs), g, b, eps).output, dOut);
  return {
    dX: numericGradient((m) => loss(m, gamma, beta), x),
    dGamma: numericGradient((m) => loss(x, m[0], beta), [gamma])[0],
    dBeta: numericGradient((m) => loss(x, gamma, m[0]), [beta])[0],
  };
}

describe("layerNormBackward", () => {
  it("layerNormBackward(trace, gamma, dY) matches the Jacobian of x-hat worked by hand for the row [0, 1, 2]", () => {
    // mean 1, sigma = sqrt(2/3 + eps); d x-hat_i / d x_j = (delta_ij - 1/3) / sigma - (x_i - 1)(x_j - 1) / (3 sigma^3).
    // With gamma = 1 and dY = [1, 0, 0], dX is row 0 of that Jacobian.
    const eps = 1e-5;
    const sigma = Math.sqrt(2 / 3 + eps);
    const trace = layerNorm(fromRows([[0, 1, 2]]), [1, 1, 1], [0, 0, 0], eps);
    const g = layerNormBackward(trace, [1, 1, 1], fromRows([[1, 0, 0]]));
    const jacobianRow0 = [0, 1, 2].map((xj, j) => ((j === 0 ? 1 : 0) - 1 / 3) / sigma - ((0 - 1) * (xj - 1)) / (3 * sigma ** 3));
    expectClose(g.dX, [jacobianRow0], 1e-14);
    expectClose([Array.from(g.dBeta)], [[1, 0, 0]], 0);
    expectClose([Array.from(g.dGamma)], [[-1 / sigma, 0, 0]], 1e-15);
  });
  it("layerNormBackward(trace, gamma, dY) sums dY and dY * x-hat over the rows for dBeta and dGamma", () => {
    const trace = layerNorm(fromRows([[1, 3], [10, 0]]), [2, 3], [0, 0]);
    const [[a0, a1], [b0, b1]] = toRows(trace.normalized);
    const g = layerNormBackward(trace, [2, 3], fromRows([[1, 2], [3, 4]]));
    expect(Array.from(g.dBeta)).toEqual([4, 6]);
    expectClose([Array.from(g.dGamma)], [[1 * a0 + 3 * b0, 2 * a1 + 4 * b1]], 1e-15);
  });
  it("layerNormBackward(trace, gamma, dY) agrees with finite differences for x, gamma and beta (L = 3, d = 5)", () => {
    const x = pseudoRows(3, 5, 1);
    const gamma = pseudoRows(1, 5, 2)[0];
    const beta = pseudoRows(1, 5, 3)[0];
    const dOut = pseudoRows(3, 5, 4);
    const g = layerNormBackward(layerNorm(fromRows(x), gamma, beta), gamma, fromRows(dOut));
    const numeric = numericLayerNorm(x, gamma, beta, dOut);
    expectClose(g.dX, numeric.dX, 1e-8);
    expectClose([Array.from(g.dGamma)], [numeric.dGamma], 1e-8);
    expectClose([Array.from(g.dBeta)], [numeric.dBeta], 1e-8);
  });
  it("layerNormBackward(trace, gamma, dY) agrees with finite differences for one row and a large eps", () => {
    const x = [[0.3, -1.2, 2.5, 0.1]];
    const gamma = [1.5, -0.5, 2, 1];
    const beta = [0, 0.1, 0.2, 0.3];
    const dOut = [[1, -2, 0.5, 3]];
    const g = layerNormBackward(layerNorm(fromRows(x), gamma, beta, 0.5), gamma, fromRows(dOut));
    const numeric = numericLayerNorm(x, gamma, beta, dOut, 0.5);
    expectClose(g.dX, numeric.dX, 1e-8);
    expectClose([Array.from(g.dGamma)], [numeric.dGamma], 1e-8);
  });
  it("layerNormBackward(trace, gamma, dY) gives each row of dX sum 0: a shift of the row changes nothing", () => {
    const gamma = [1, 2, -1, 0.5];
    const g = layerNormBackward(layerNorm(fromRows(pseudoRows(3, 4, 5)), gamma, [0, 0, 0, 0]), gamma, fromRows(pseudoRows(3, 4, 6)));
    for (const row of toRows(g.dX)) expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-13);
  });
  it("layerNormBackward(trace, gamma, dY) with d = 1 gives dX = 0, dGamma = 0 and dBeta = the sum of dY", () => {
    const g = layerNormBackward(layerNorm(fromRows([[5], [-3]]), [7], [0.5]), [7], fromRows([[2], [0.5]]));
    expect(toRows(g.dX)).toEqual([[0], [0]]);
    expect(Array.from(g.dGamma)).toEqual([0]);
    expect(Array.from(g.dBeta)).toEqual([2.5]);
  });
  it("layerNormBackward(trace, gamma, dY) refuses a gamma of another length", () => {
    const trace = layerNorm(matrix(2, 3, [1, 2, 3, 4, 5, 7]), [1, 1, 1], [0, 0, 0]);
    expect(() => layerNormBackward(trace, [1, 1], matrix(2, 3))).toThrow(
      /^layerNormBackward: gamma has length 2 but the normalized rows are 2x3; pass the gamma the forward pass used \(d = 3\)$/,
    );
  });
  it("layerNormBackward(trace, gamma, dY) refuses a dY that is not (L, d) or not finite", () => {
    const trace = layerNorm(matrix(2, 3, [1, 2, 3, 4, 5, 7]), [1, 1, 1], [0, 0, 0]);
    expect(() => layerNormBackward(trace, [1, 1, 1], matrix(3, 2))).toThrow(
      /^layerNormBackward: dOutput is 3x2 but the output it belongs to is 2x3; the gradient of an output has the output's shape$/,
    );
    expect(() => layerNormBackward(trace, [1, 1, 1], matrix(2, 3, [0, 0, 0, 0, NaN, 0]))).toThrow(
      /^layerNormBackward: dOutput has NaN at row 1, column 1/,
    );
  });
});
