import { describe, expect, it } from "vitest";
import { crossEntropy, crossEntropyBackward, fromRows, matrix, toRows } from "../../../src/core";
import { numericGradient } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("crossEntropyBackward", () => {
  it("crossEntropyBackward(trace) is (p - one-hot) / counted, worked by hand", () => {
    // p = [1/4, 3/4] and [1/2, 1/2], targets 1 and 0, two rows counted.
    const dLogits = crossEntropyBackward(crossEntropy(fromRows([[0, Math.log(3)], [0, 0]]), [1, 0]));
    expectClose(dLogits, [[0.25 / 2, -0.25 / 2], [-0.5 / 2, 0.5 / 2]], 1e-15);
  });
  it("crossEntropyBackward(trace) gives ignored rows zeros and divides by the counted rows only", () => {
    const dLogits = toRows(crossEntropyBackward(crossEntropy(fromRows([[0, Math.log(3)], [4, -1]]), [1, -100])));
    expectClose(dLogits, [[0.25, -0.25], [0, 0]], 1e-15);
  });
  it("crossEntropyBackward(trace) with label smoothing is (p - q) / counted, q = (1 - e) one-hot + e / C", () => {
    // p = [1/4, 3/4], target 1, e = 0.2: q = [0.1, 0.9].
    const dLogits = crossEntropyBackward(crossEntropy(fromRows([[0, Math.log(3)]]), [1], { labelSmoothing: 0.2 }));
    expectClose(dLogits, [[0.25 - 0.1, 0.75 - 0.9]], 1e-15);
  });
  it("crossEntropyBackward(trace, dLoss) scales the gradient by dLoss", () => {
    const t = crossEntropy(fromRows(pseudoRows(2, 3, 1)), [2, 0]);
    const one = toRows(crossEntropyBackward(t));
    expectClose(crossEntropyBackward(t, -3), one.map((r) => r.map((x) => -3 * x)), 1e-15);
  });
  it("crossEntropyBackward(trace) agrees with finite differences, with padding rows and with label smoothing", () => {
    const logits = pseudoRows(5, 4, 7).map((r) => r.map((x) => 2 * x));
    const targets = [3, -100, 0, 2, -100];
    for (const labelSmoothing of [0, 0.1]) {
      const options = { labelSmoothing };
      const numeric = numericGradient((m) => crossEntropy(fromRows(m), targets, options).loss, logits);
      expectClose(crossEntropyBackward(crossEntropy(fromRows(logits), targets, options)), numeric, 1e-9);
    }
  });
  it("crossEntropyBackward(trace) gives rows summing to 0: adding a constant to a row's logits changes nothing", () => {
    const dLogits = crossEntropyBackward(crossEntropy(fromRows(pseudoRows(3, 5, 2)), [4, 1, 0], { labelSmoothing: 0.3 }));
    for (const row of toRows(dLogits)) expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-15);
  });
  it("crossEntropyBackward(trace, dLoss) refuses a non-finite dLoss", () => {
    const t = crossEntropy(matrix(1, 2), [0]);
    expect(() => crossEntropyBackward(t, NaN)).toThrow(
      /^crossEntropyBackward: dLoss is NaN; it must be a finite number \(1 for the final loss\)$/,
    );
  });
});
