import { createRandom, randomMatrix, scaledDotProductAttention, type Matrix } from "../core";
import { formatCheckNumber as num } from "./formatCheckNumber";
import { describe, isMatrixLike, matrixValue } from "./matrixValue";
import type { MatrixValue } from "./outputTypes";

/** Thrown by fail() and every check.*: the exercise shows its message as "Not yet: <message>". */
export class CheckFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckFailure";
  }
}

/** Ends an exercise check with `message` shown to the reader. */
export function fail(message: string): never {
  throw new CheckFailure(message);
}

/** A matrix, nested arrays, or a trace's `output` -> MatrixValue; otherwise a CheckFailure naming `what`. */
function asMatrix(value: unknown, what: string): MatrixValue {
  const m = value && typeof value === "object" && !isMatrixLike(value) && isMatrixLike((value as { output?: unknown }).output) ? (value as { output: unknown }).output : value;
  try {
    return matrixValue(m, what);
  } catch {
    return fail(`${what} should be a matrix (or nested arrays of numbers) but it is ${describe(value)}${value === undefined ? "; did your function return its result?" : ""}`);
  }
}

function cell(m: MatrixValue, i: number, j: number): number {
  return m.data[i * m.cols + j];
}

/** Same number within tol; -Infinity equals -Infinity (masked scores). */
function near(a: number, b: number, tol: number): boolean {
  return a === b || Math.abs(a - b) <= tol;
}

/** Runs `fn`, turning a throw into a CheckFailure that says which call failed. */
function callReader<T>(fn: () => T, what: string): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CheckFailure) throw error;
    return fail(`${what} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

function requireFunction(fn: unknown, helper: string): asserts fn is (...args: unknown[]) => unknown {
  if (typeof fn !== "function") fail(`${helper} needs your function, but it got ${describe(fn)}; is it defined with the expected name?`);
}

/** The helpers an exercise's check code calls; each throws a CheckFailure with a specific message. */
export const check = {
  /**
   * actual is within tol of expected: numbers, arrays, nested arrays or matrices (same shape).
   * `what` names the value in the message, e.g. "weights".
   */
  closeTo(actual: unknown, expected: unknown, tol = 1e-6, what = "the value"): void {
    if (typeof expected === "number") {
      if (typeof actual !== "number") fail(`${what} should be a number near ${num(expected)} but it is ${describe(actual)}`);
      if (!near(actual as number, expected, tol)) fail(`${what} is ${num(actual as number, expected)} but should be ${num(expected, actual as number)} (within ${tol})`);
      return;
    }
    if (Array.isArray(expected) && expected.every((x) => typeof x === "number")) {
      const xs = Array.isArray(actual) || ArrayBuffer.isView(actual) ? Array.from(actual as ArrayLike<number>) : fail(`${what} should be an array of ${expected.length} numbers but it is ${describe(actual)}`);
      if (xs.length !== expected.length) fail(`${what} has ${xs.length} entries but should have ${expected.length}`);
      expected.forEach((e, i) => {
        if (!near(xs[i], e, tol)) fail(`${what}[${i}] is ${num(xs[i], e)} but should be ${num(e, xs[i])} (within ${tol})`);
      });
      return;
    }
    const a = asMatrix(actual, what);
    const e = asMatrix(expected, "the expected value");
    if (a.rows !== e.rows || a.cols !== e.cols) fail(`${what} is ${a.rows}x${a.cols} but should be ${e.rows}x${e.cols}`);
    for (let i = 0; i < a.rows; i++) {
      for (let j = 0; j < a.cols; j++) {
        if (!near(cell(a, i, j), cell(e, i, j), tol)) {
          fail(`${what} at row ${i}, column ${j} is ${num(cell(a, i, j), cell(e, i, j))} but should be ${num(cell(e, i, j), cell(a, i, j))} (within ${tol})`);
        }
      }
    }
  },

  /** Every row of m sums to 1 (within tol) and no entry is negative or NaN: softmax weights. */
  rowsSumToOne(m: unknown, tol = 1e-6, what = "the weights"): void {
    const w = asMatrix(m, what);
    for (let i = 0; i < w.rows; i++) {
      let sum = 0;
      for (let j = 0; j < w.cols; j++) {
        const x = cell(w, i, j);
        if (Number.isNaN(x)) fail(`${what} has NaN at row ${i}, column ${j}`);
        if (x < 0) fail(`${what} has ${num(x)} at row ${i}, column ${j}; weights are never negative`);
        sum += x;
      }
      if (!near(sum, 1, tol)) fail(`row ${i} of ${what} sums to ${num(sum, 1)}, not 1`);
    }
  },

  /** Every weight whose key the mask blocks is 0. mask: the core's Mask or nested booleans (true = allowed). */
  maskedAreZero(weights: unknown, mask: unknown, tol = 1e-12): void {
    const w = asMatrix(weights, "the weights");
    const m = mask as { rows?: number; cols?: number; allowed?: Uint8Array };
    const allowed: (i: number, j: number) => boolean =
      m && m.allowed instanceof Uint8Array
        ? (i, j) => m.allowed![i * m.cols! + j] === 1
        : Array.isArray(mask)
          ? (i, j) => Boolean((mask as boolean[][])[i]?.[j])
          : fail(`the mask should be a Mask or nested booleans but it is ${describe(mask)}`);
    const rows = m.rows ?? (mask as unknown[]).length;
    const cols = m.cols ?? ((mask as unknown[][])[0]?.length ?? 0);
    if (rows !== w.rows || cols !== w.cols) fail(`the weights are ${w.rows}x${w.cols} but the mask is ${rows}x${cols}`);
    for (let i = 0; i < w.rows; i++) {
      for (let j = 0; j < w.cols; j++) {
        if (!allowed(i, j) && Math.abs(cell(w, i, j)) > tol) fail(`query ${i} gives weight ${num(cell(w, i, j))} to key ${j}, which the mask blocks; it should be 0`);
      }
    }
  },

  /**
   * fn(q, k, v) gives the same output when the keys and values are shuffled together: the attention
   * function ignores the order of the key-value rows (position reaches a model only through the
   * vectors, as positional encodings). fn returns a matrix or a trace with `output`.
   */
  permutationInvariant(fn: unknown, trials = 3): void {
    requireFunction(fn, "check.permutationInvariant");
    const rng = createRandom(11);
    for (let t = 0; t < trials; t++) {
      const [q, k, v] = [randomMatrix(rng, 3, 4), randomMatrix(rng, 5, 4), randomMatrix(rng, 5, 2)];
      const order = [4, 2, 0, 3, 1];
      const permute = (m: Matrix): Matrix => ({ rows: m.rows, cols: m.cols, data: Float64Array.from(order.flatMap((r) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)))) });
      const before = asMatrix(callReader(() => fn(q, k, v), "your function"), "your function's output");
      const after = asMatrix(callReader(() => fn(q, permute(k), permute(v)), "your function"), "your function's output");
      for (let n = 0; n < before.data.length; n++) {
        if (!near(before.data[n], after.data[n], 1e-9)) {
          const [i, j] = [Math.floor(n / before.cols), n % before.cols];
          fail(`shuffling the keys and values together changed the output at row ${i}, column ${j} (${num(before.data[n], after.data[n])} -> ${num(after.data[n], before.data[n])}); attention should not depend on the order of the source tokens`);
        }
      }
    }
  },

  /**
   * fn(q, k, v) matches the core's scaledDotProductAttention output on `trials` random inputs of
   * different shapes (Lq != Lk, dk != dv). fn returns a matrix or a trace with `output`.
   */
  agreesWithCore(fn: unknown, trials = 5): void {
    requireFunction(fn, "check.agreesWithCore");
    const rng = createRandom(5);
    for (let t = 0; t < trials; t++) {
      const [Lq, Lk, dk, dv] = [2 + t, 3 + ((t * 2) % 4), 2 + (t % 3), 1 + ((t + 1) % 3)];
      const [q, k, v] = [randomMatrix(rng, Lq, dk, 1 + t), randomMatrix(rng, Lk, dk, 1 + t), randomMatrix(rng, Lk, dv)];
      const shapes = `Q ${Lq}x${dk}, K ${Lk}x${dk}, V ${Lk}x${dv}`;
      const mine = asMatrix(callReader(() => fn(q, k, v), `on trial ${t + 1} (${shapes}) your function`), `on trial ${t + 1} (${shapes}) your output`);
      const core = scaledDotProductAttention(q, k, v).output;
      if (mine.rows !== core.rows || mine.cols !== core.cols) fail(`on trial ${t + 1} (${shapes}) your output is ${mine.rows}x${mine.cols} but it should be ${core.rows}x${core.cols} (Lq x dv)`);
      for (let n = 0; n < core.data.length; n++) {
        if (!near(mine.data[n], core.data[n], 1e-6)) {
          fail(`on trial ${t + 1} (${shapes}) your output differs from the core at row ${Math.floor(n / core.cols)}, column ${n % core.cols}: ${num(mine.data[n], core.data[n])} instead of ${num(core.data[n], mine.data[n])}`);
        }
      }
    }
  },

  /** m is a matrix of shape rows x cols. */
  shape(m: unknown, rows: number, cols: number, what = "the result"): void {
    const a = asMatrix(m, what);
    if (a.rows !== rows || a.cols !== cols) fail(`${what} is ${a.rows}x${a.cols} but should be ${rows}x${cols}`);
  },

  /** condition is true; otherwise fails with message. */
  that(condition: unknown, message: string): void {
    if (!condition) fail(message);
  },
};
