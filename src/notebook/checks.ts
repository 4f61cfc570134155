import { AttentionError, createRandom, randomMatrix, scaledDotProductAttention, type Matrix } from "../core";
import { formatCheckNumber as num } from "./formatCheckNumber";
import { describe, isMatrixLike, matrixValue } from "./matrixValue";
import type { Lang } from "../i18n/lang";
import { coreErrorMessage } from "../i18n/coreErrorMessage";
import { notebookRunText } from "../i18n/notebookRunText";
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

/** Same number within tol; -Infinity equals -Infinity (masked scores). */
function near(a: number, b: number, tol: number): boolean {
  return a === b || Math.abs(a - b) <= tol;
}

function cell(m: MatrixValue, i: number, j: number): number {
  return m.data[i * m.cols + j];
}

/**
 * The helpers an exercise's check code calls, with their messages in the page's language `lang`
 * (the cell worker is told it with each run); each throws a CheckFailure with a specific message.
 * Both editions check alike: only the words differ.
 */
export function checksIn(lang: Lang) {
  const t = notebookRunText[lang];
  const it = (value: unknown) => describe(value, lang);

  /** A matrix, nested arrays, or a trace's `output` -> MatrixValue; otherwise a CheckFailure naming `what`. */
  function asMatrix(value: unknown, what: string): MatrixValue {
    const m = value && typeof value === "object" && !isMatrixLike(value) && isMatrixLike((value as { output?: unknown }).output) ? (value as { output: unknown }).output : value;
    try {
      return matrixValue(m, what);
    } catch {
      return fail(t.notMatrix(what, it(value), value === undefined));
    }
  }

  /** Runs `fn`, turning a throw into a CheckFailure that says which call failed. */
  function callReader<T>(fn: () => T, what: string): T {
    try {
      return fn();
    } catch (error) {
      if (error instanceof CheckFailure) throw error;
      return fail(t.threw(what, error instanceof Error ? `${error.name}: ${errorMessage(error)}` : String(error)));
    }
  }

  /** An error's message for the reader: a core refusal in the page's language, any other as the JS engine says it. */
  function errorMessage(error: unknown): string {
    if (error instanceof AttentionError) return coreErrorMessage({ op: error.op, ...error.reason }, lang);
    return error instanceof Error ? error.message : String(error);
  }

  function requireFunction(fn: unknown, helper: string): asserts fn is (...args: unknown[]) => unknown {
    if (typeof fn !== "function") fail(t.needsFunction(helper, it(fn)));
  }

  return {
    /**
     * actual is within tol of expected: numbers, arrays, nested arrays or matrices (same shape).
     * `what` names the value in the message, e.g. "weights".
     */
    closeTo(actual: unknown, expected: unknown, tol = 1e-6, what: string = t.theValue): void {
      if (typeof expected === "number") {
        if (typeof actual !== "number") fail(t.notNumber(what, num(expected), it(actual)));
        if (!near(actual as number, expected, tol)) fail(t.numberOff(what, num(actual as number, expected), num(expected, actual as number), tol));
        return;
      }
      if (Array.isArray(expected) && expected.every((x) => typeof x === "number")) {
        const xs = Array.isArray(actual) || ArrayBuffer.isView(actual) ? Array.from(actual as ArrayLike<number>) : fail(t.notArray(what, expected.length, it(actual)));
        if (xs.length !== expected.length) fail(t.arrayLength(what, xs.length, expected.length));
        expected.forEach((e, i) => {
          if (!near(xs[i], e, tol)) fail(t.entryOff(what, i, num(xs[i], e), num(e, xs[i]), tol));
        });
        return;
      }
      const a = asMatrix(actual, what);
      const e = asMatrix(expected, t.theExpectedValue);
      if (a.rows !== e.rows || a.cols !== e.cols) fail(t.shapeOff(what, a.rows, a.cols, e.rows, e.cols));
      for (let i = 0; i < a.rows; i++) {
        for (let j = 0; j < a.cols; j++) {
          if (!near(cell(a, i, j), cell(e, i, j), tol)) {
            fail(t.cellOff(what, i, j, num(cell(a, i, j), cell(e, i, j)), num(cell(e, i, j), cell(a, i, j)), tol));
          }
        }
      }
    },

    /** Every row of m sums to 1 (within tol) and no entry is negative or NaN: softmax weights. */
    rowsSumToOne(m: unknown, tol = 1e-6, what: string = t.theWeights): void {
      const w = asMatrix(m, what);
      for (let i = 0; i < w.rows; i++) {
        let sum = 0;
        for (let j = 0; j < w.cols; j++) {
          const x = cell(w, i, j);
          if (Number.isNaN(x)) fail(t.hasNaN(what, i, j));
          if (x < 0) fail(t.negativeWeight(what, num(x), i, j));
          sum += x;
        }
        if (!near(sum, 1, tol)) fail(t.rowSum(what, i, num(sum, 1)));
      }
    },

    /** Every weight whose key the mask blocks is 0. mask: the core's Mask or nested booleans (true = allowed). */
    maskedAreZero(weights: unknown, mask: unknown, tol = 1e-12): void {
      const w = asMatrix(weights, t.theWeights);
      const m = mask as { rows?: number; cols?: number; allowed?: Uint8Array };
      const allowed: (i: number, j: number) => boolean =
        m && m.allowed instanceof Uint8Array
          ? (i, j) => m.allowed![i * m.cols! + j] === 1
          : Array.isArray(mask)
            ? (i, j) => Boolean((mask as boolean[][])[i]?.[j])
            : fail(t.notMask(it(mask)));
      const rows = m.rows ?? (mask as unknown[]).length;
      const cols = m.cols ?? ((mask as unknown[][])[0]?.length ?? 0);
      if (rows !== w.rows || cols !== w.cols) fail(t.maskShape(w.rows, w.cols, rows, cols));
      for (let i = 0; i < w.rows; i++) {
        for (let j = 0; j < w.cols; j++) {
          if (!allowed(i, j) && Math.abs(cell(w, i, j)) > tol) fail(t.maskedNotZero(i, num(cell(w, i, j)), j));
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
      for (let trial = 0; trial < trials; trial++) {
        const [q, k, v] = [randomMatrix(rng, 3, 4), randomMatrix(rng, 5, 4), randomMatrix(rng, 5, 2)];
        const order = [4, 2, 0, 3, 1];
        const permute = (m: Matrix): Matrix => ({ rows: m.rows, cols: m.cols, data: Float64Array.from(order.flatMap((r) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)))) });
        const before = asMatrix(callReader(() => fn(q, k, v), t.yourFunction), t.yourFunctionOutput);
        const after = asMatrix(callReader(() => fn(q, permute(k), permute(v)), t.yourFunction), t.yourFunctionOutput);
        for (let n = 0; n < before.data.length; n++) {
          if (!near(before.data[n], after.data[n], 1e-9)) {
            fail(t.orderMatters(Math.floor(n / before.cols), n % before.cols, num(before.data[n], after.data[n]), num(after.data[n], before.data[n])));
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
      for (let trial = 0; trial < trials; trial++) {
        const [Lq, Lk, dk, dv] = [2 + trial, 3 + ((trial * 2) % 4), 2 + (trial % 3), 1 + ((trial + 1) % 3)];
        const [q, k, v] = [randomMatrix(rng, Lq, dk, 1 + trial), randomMatrix(rng, Lk, dk, 1 + trial), randomMatrix(rng, Lk, dv)];
        const shapes = `Q ${Lq}x${dk}, K ${Lk}x${dk}, V ${Lk}x${dv}`;
        const mine = asMatrix(callReader(() => fn(q, k, v), t.trialFunction(trial + 1, shapes)), t.trialOutput(trial + 1, shapes));
        const core = scaledDotProductAttention(q, k, v).output;
        if (mine.rows !== core.rows || mine.cols !== core.cols) fail(t.trialShape(trial + 1, shapes, mine.rows, mine.cols, core.rows, core.cols));
        for (let n = 0; n < core.data.length; n++) {
          if (!near(mine.data[n], core.data[n], 1e-6)) {
            fail(t.trialDiffers(trial + 1, shapes, Math.floor(n / core.cols), n % core.cols, num(mine.data[n], core.data[n]), num(core.data[n], mine.data[n])));
          }
        }
      }
    },

    /** m is a matrix of shape rows x cols. */
    shape(m: unknown, rows: number, cols: number, what: string = t.theResult): void {
      const a = asMatrix(m, what);
      if (a.rows !== rows || a.cols !== cols) fail(t.shapeOff(what, a.rows, a.cols, rows, cols));
    },

    /**
     * What `error` says, for a check's own message: a core refusal in the page's language (in English
     * its error.message), any other error's own message.
     */
    errorMessage,

    /** condition is true; otherwise fails with message. */
    that(condition: unknown, message: string): void {
      if (!condition) fail(message);
    },
  };
}
