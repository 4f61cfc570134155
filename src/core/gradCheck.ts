import { AttentionError, assertArray, assertFinite, assertMatrix, assertNonEmpty, assertSameShape } from "./errors";
import { matrix, type Matrix } from "./matrix";

/** One entry of one input, compared. */
export interface GradCheckEntry {
  /** Which input (index into `inputs`), and the entry's row and column in it. */
  input: number;
  row: number;
  col: number;
  analytic: number;
  /** (f(x + h) - f(x - h)) / 2h with only this entry moved. */
  numeric: number;
  /** |analytic - numeric| */
  absError: number;
  /** absError / max(|analytic|, |numeric|); 0 when both are 0. */
  relError: number;
}

export interface GradCheckReport {
  /** The entry furthest from passing (largest min(relError / 1e-5, absError / 1e-8)); it passes exactly when every entry does. */
  worst: GradCheckEntry;
  maxAbsError: number;
  maxRelError: number;
  /** Every entry has relError <= 1e-5 or absError <= 1e-8. */
  ok: boolean;
}

const REL_TOLERANCE = 1e-5;
const ABS_TOLERANCE = 1e-8;

/**
 * Checks analytic gradients of a scalar function f against central finite differences:
 * for each entry x of each input, numeric = (f(.., x + h, ..) - f(.., x - h, ..)) / 2h, compared
 * with the same entry of analytic[k], which must have the shape of inputs[k]. An entry passes
 * when its relative error is <= 1e-5 or its absolute error is <= 1e-8 (near 0 the relative error
 * means nothing). f is called 2 times per entry with copies of the inputs; the caller's inputs
 * are never changed. Central differences err by about h^2 (the curvature) plus 1e-16 / h
 * (rounding), so the default h = 1e-6 keeps both near 1e-10 for values of order 1.
 */
export function gradCheck(
  f: (inputs: Matrix[]) => number,
  inputs: Matrix[],
  analytic: Matrix[],
  options: { h?: number } = {},
): GradCheckReport {
  const { h = 1e-6 } = options;
  if (!Number.isFinite(h) || h <= 0) {
    throw new AttentionError("gradCheck", { code: "gradStep", params: { h } });
  }
  if (typeof f !== "function") {
    throw new AttentionError("gradCheck", { code: "gradFunction", params: { type: typeof f } });
  }
  assertArray(inputs, "gradCheck", "inputs", "gradInputs");
  assertArray(analytic, "gradCheck", "analytic", "gradAnalytic");
  if (inputs.length === 0 || analytic.length !== inputs.length) {
    throw new AttentionError("gradCheck", { code: "gradCounts", params: { inputs: inputs.length, analytic: analytic.length } });
  }
  inputs.forEach((x, k) => {
    assertNonEmpty(x, "gradCheck", `inputs[${k}]`);
    assertMatrix(analytic[k], "gradCheck", `analytic[${k}]`);
    assertFinite(x, "gradCheck", `inputs[${k}]`);
    assertSameShape(analytic[k], x, "gradCheck", `analytic[${k}]`, `inputs[${k}]`);
    assertFinite(analytic[k], "gradCheck", `analytic[${k}]`);
  });

  const copies = inputs.map((x) => matrix(x.rows, x.cols, x.data));
  const evaluate = (k: number, index: number, value: number): number => {
    copies[k].data[index] = value;
    const y = f(copies);
    if (typeof y !== "number" || !Number.isFinite(y)) {
      const { cols } = copies[k];
      throw new AttentionError("gradCheck", { code: "gradNotFinite", params: { value: String(y), input: k, row: Math.floor(index / cols), col: index % cols, moved: value } });
    }
    return y;
  };

  let worst: GradCheckEntry | undefined;
  let worstScore = -1;
  let maxAbsError = 0;
  let maxRelError = 0;
  copies.forEach((copy, k) => {
    for (let index = 0; index < copy.data.length; ++index) {
      const x = copy.data[index];
      const numeric = (evaluate(k, index, x + h) - evaluate(k, index, x - h)) / (2 * h);
      copy.data[index] = x; // restore before moving the next entry
      const a = analytic[k].data[index];
      const absError = Math.abs(a - numeric);
      const scale = Math.max(Math.abs(a), Math.abs(numeric));
      const relError = scale === 0 ? 0 : absError / scale;
      maxAbsError = Math.max(maxAbsError, absError);
      maxRelError = Math.max(maxRelError, relError);
      const score = Math.min(relError / REL_TOLERANCE, absError / ABS_TOLERANCE); // <= 1: passes
      if (score > worstScore) {
        worstScore = score;
        worst = { input: k, row: Math.floor(index / copy.cols), col: index % copy.cols, analytic: a, numeric, absError, relError };
      }
    }
  });
  // inputs are non-empty, so at least one entry was compared and worst is set.
  return { worst: worst as GradCheckEntry, maxAbsError, maxRelError, ok: worstScore <= 1 };
}
