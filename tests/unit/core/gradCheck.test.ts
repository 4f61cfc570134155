import { describe, expect, it } from "vitest";
import { fromRows, gradCheck, matrix, toRows, type Matrix } from "../../../src/core";

/** sum(A ⊙ B) + sum(A^2): gradients B + 2A and A. */
const f = ([a, b]: Matrix[]) => a.data.reduce((s, x, k) => s + x * b.data[k] + x * x, 0);
const a = fromRows([[1, -2], [0.5, 3]]);
const b = fromRows([[4, 0], [-1, 2]]);
const dA = fromRows([[4 + 2, 0 - 4], [-1 + 1, 2 + 6]]);

describe("gradCheck", () => {
  it("gradCheck(f, inputs, analytic) passes correct gradients of two inputs", () => {
    const report = gradCheck(f, [a, b], [dA, a]);
    expect(report.ok).toBe(true);
    expect(report.maxAbsError).toBeLessThan(1e-8);
    expect(report.maxRelError).toBeLessThan(1e-8);
  });
  it("gradCheck(f, inputs, analytic) flags a wrong entry with ok: false and reports it as the worst", () => {
    const wrong = fromRows([[1, -2], [0.6, 3]]); // dB should be A: entry (1, 0) is off by 0.1
    const report = gradCheck(f, [a, b], [dA, wrong]);
    expect(report.ok).toBe(false);
    expect(report.worst).toMatchObject({ input: 1, row: 1, col: 0, analytic: 0.6 });
    expect(report.worst.numeric).toBeCloseTo(0.5, 8);
    expect(report.worst.absError).toBeCloseTo(0.1, 8);
    expect(report.worst.relError).toBeCloseTo(0.1 / 0.6, 8);
    expect(report.maxAbsError).toBe(report.worst.absError);
  });
  it("gradCheck(f, inputs, analytic, {h}) computes (f(x + h) - f(x - h)) / 2h: 3x^2 + h^2 for f = x^3", () => {
    const report = gradCheck(([x]) => x.data[0] ** 3, [fromRows([[2]])], [fromRows([[12]])], { h: 0.1 });
    expect(report.worst.numeric).toBeCloseTo(12 + 0.01, 12);
    expect(report.worst.absError).toBeCloseTo(0.01, 12);
    expect(report.ok).toBe(false);
  });
  it("gradCheck(f, inputs, analytic) passes an entry with a large relative but tiny absolute error", () => {
    // The true gradient of sum(x^2) at x = 0 is 0; an analytic 1e-9 is 100% off but within 1e-8.
    const report = gradCheck(([x]) => x.data[0] ** 2, [fromRows([[0]])], [fromRows([[1e-9]])]);
    expect(report.worst.relError).toBe(1);
    expect(report.ok).toBe(true);
  });
  it("gradCheck(f, inputs, analytic) hands f copies and leaves the caller's inputs alone", () => {
    const x = fromRows([[1, 2, 3]]);
    let sawCaller = false;
    gradCheck(([m]) => {
      if (m === x || m.data === x.data) sawCaller = true;
      return m.data[0] + m.data[1] + m.data[2];
    }, [x], [fromRows([[1, 1, 1]])]);
    expect(sawCaller).toBe(false);
    expect(toRows(x)).toEqual([[1, 2, 3]]);
  });
  it("gradCheck(f, inputs, analytic) refuses a gradient whose shape is not its input's, and a count mismatch", () => {
    expect(() => gradCheck(f, [a, b], [dA, matrix(2, 1)])).toThrow(
      /^gradCheck: analytic\[1\] is 2x1 but inputs\[1\] is 2x2; analytic\[1\] and inputs\[1\] need the same shape$/,
    );
    expect(() => gradCheck(f, [a, b], [dA])).toThrow(
      /^gradCheck: there are 2 inputs and 1 analytic gradients; give at least one input and one gradient per input, in the same order$/,
    );
  });
  it("gradCheck(f, inputs, analytic) refuses an f that returns NaN, naming the moved entry", () => {
    expect(() => gradCheck(([x]) => Math.sqrt(x.data[1]), [fromRows([[1, 0]])], [fromRows([[0, 1]])])).toThrow(
      /^gradCheck: f returned NaN with inputs\[0\] row 0, column 1 moved to -0.000001; f must return a finite number$/,
    );
  });
  it("gradCheck(f, inputs, analytic, {h}) refuses h <= 0", () => {
    expect(() => gradCheck(f, [a, b], [dA, a], { h: 0 })).toThrow(
      /^gradCheck: h is 0; it must be a finite number greater than 0 \(the default is 1e-6\)$/,
    );
  });
});
