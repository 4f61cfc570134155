import { errorMessages, type ErrorReason, type Expected, type Operand, type ValueDescription } from "./errorMessages";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";

/**
 * The one error type the core throws. `op` is the operation that refused its
 * input (e.g. "scores", "softmax", "multiHeadCrossAttention"), so a notebook cell
 * or a figure can show where things went wrong; the message says what to do.
 * `reason` is the same as data (a code and its parameters), so a page can say it
 * in the reader's language.
 */
export class AttentionError extends Error {
  readonly op: string;
  readonly reason: ErrorReason;

  /** The message reads `${op}: ${the English sentence of reason}`. */
  constructor(op: string, reason: ErrorReason, options?: { cause?: unknown }) {
    super(`${op}: ${errorMessages[reason.code](reason.params as never)}`, options);
    this.name = "AttentionError";
    this.op = op;
    this.reason = reason;
  }
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isTypedArray = (x: unknown): x is ArrayLike<number> => ArrayBuffer.isView(x) && !(x instanceof DataView);

/**
 * A value that is not what an operation expected, as a student would tell it: undefined, a number
 * (3), an array of 2 items, an attention trace (use its .weights or .output).
 */
function describeValue(x: unknown): ValueDescription {
  if (x === undefined) return { kind: "undefined" };
  if (x === null) return { kind: "null" };
  if (Array.isArray(x)) return { kind: "array", length: x.length };
  if (typeof x === "number") return { kind: "number", value: x };
  if (typeof x === "string") return { kind: "string", text: x.length > 24 ? `${x.slice(0, 24)}…` : x };
  if (typeof x === "object") {
    if ("weights" in x && "output" in x) return { kind: "trace" };
    if ("allowed" in x) return { kind: "mask" };
    const m = x as { rows?: unknown; cols?: unknown; data?: unknown };
    if (isCount(m.rows) && isCount(m.cols) && isTypedArray(m.data)) return { kind: "matrix", rows: m.rows, cols: m.cols };
    if ("rows" in x && "cols" in x && "data" in x) return { kind: "brokenMatrix" };
    return { kind: "object" };
  }
  return { kind: "other", type: typeof x };
}

/**
 * Refuses anything that is not a matrix (rows, cols) with rows * cols numbers in `data`, naming
 * the operand, so a missing argument reads "attention: V is undefined; ..." rather than
 * "Cannot read properties of undefined (reading 'rows')". Every public function that takes a
 * matrix calls it first.
 */
export function assertMatrix(m: unknown, op: string, name: Operand): asserts m is Matrix {
  const x = m as { rows?: unknown; cols?: unknown; data?: unknown } | null | undefined;
  if (x && typeof x === "object" && isCount(x.rows) && isCount(x.cols) && isTypedArray(x.data)) {
    if (x.data.length === x.rows * x.cols) return;
    throw new AttentionError(op, { code: "matrixDataLength", params: { name, rows: x.rows, cols: x.cols, length: x.data.length } });
  }
  throw new AttentionError(op, { code: "notMatrix", params: { name, value: describeValue(m) } });
}

/** Refuses anything that is not a mask (Lq, Lk) of 0/1 entries in `allowed`, naming the operand. */
export function assertMask(m: unknown, op: string, name: Operand): asserts m is Mask {
  const x = m as { rows?: unknown; cols?: unknown; allowed?: unknown } | null | undefined;
  if (x && typeof x === "object" && isCount(x.rows) && isCount(x.cols) && x.allowed instanceof Uint8Array && x.allowed.length === x.rows * x.cols) return;
  throw new AttentionError(op, { code: "notMask", params: { name, value: describeValue(m) } });
}

/** Refuses anything that is not a list of numbers (an array or a typed array), naming the operand. */
export function assertVector(v: unknown, op: string, name: Operand): asserts v is ArrayLike<number> {
  if (Array.isArray(v) || isTypedArray(v)) return;
  throw new AttentionError(op, { code: "notVector", params: { name, value: describeValue(v) } });
}

/** Refuses anything but an array, naming the operand; `what` says what the array should hold. */
export function assertArray(x: unknown, op: string, name: Operand, what: Expected): asserts x is unknown[] {
  if (Array.isArray(x)) return;
  throw new AttentionError(op, { code: "notArray", params: { name, value: describeValue(x), expected: what } });
}

/** Refuses a missing or non-object argument such as a trace or a layer's parameters; `what` says what to pass. */
export function assertObject(x: unknown, op: string, name: Operand, what: Expected): asserts x is object {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) return;
  throw new AttentionError(op, { code: "notObject", params: { name, value: describeValue(x), expected: what } });
}

/** "3x4": how every message writes a shape (rows x cols). */
export function shapeText(m: { readonly rows: number; readonly cols: number }): string {
  return `${m.rows}x${m.cols}`;
}

/** Describes a non-finite number so a student recognises it ("NaN", "+Infinity", "-Infinity"). */
function describeNonFinite(x: number): "NaN" | "+Infinity" | "-Infinity" {
  return Number.isNaN(x) ? "NaN" : x > 0 ? "+Infinity" : "-Infinity";
}

/**
 * Refuses a matrix (rows, cols) holding NaN or ±Infinity, naming the first bad
 * cell. With `allowNegativeInfinity`, -Infinity passes: it is how a blocked
 * score is written in scores and additive biases.
 */
export function assertFinite(
  m: Matrix,
  op: string,
  name: Operand,
  options: { allowNegativeInfinity?: boolean } = {},
): void {
  assertMatrix(m, op, name);
  const { rows, cols, data } = m;
  for (let i = 0; i < rows; ++i) {
    for (let j = 0; j < cols; ++j) {
      const x = data[i * cols + j];
      if (Number.isFinite(x) || (options.allowNegativeInfinity && x === -Infinity)) continue;
      throw new AttentionError(op, {
        code: "notFinite",
        params: { name, bad: describeNonFinite(x), row: i, col: j, allowNegativeInfinity: options.allowNegativeInfinity === true },
      });
    }
  }
}

/** Refuses a matrix with no rows or no columns: there is nothing to attend with. */
export function assertNonEmpty(m: Matrix, op: string, name: Operand): void {
  assertMatrix(m, op, name);
  if (m.rows < 1 || m.cols < 1) {
    throw new AttentionError(op, { code: "emptyMatrix", params: { name, shape: shapeText(m) } });
  }
}

/** Refuses two operands of an elementwise operation whose shapes differ. */
export function assertSameShape(
  a: { readonly rows: number; readonly cols: number },
  b: { readonly rows: number; readonly cols: number },
  op: string,
  aName: Operand,
  bName: Operand,
): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new AttentionError(op, { code: "sameShape", params: { a: aName, b: bName, aShape: shapeText(a), bShape: shapeText(b) } });
  }
}

/**
 * Refuses a count, length or index that is not an integer in [min, max]
 * (max omitted: no upper bound).
 */
export function assertIntegerInRange(
  value: number,
  op: string,
  name: Operand,
  min: number,
  max = Infinity,
): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  throw new AttentionError(op, { code: "integerRange", params: { name, value, min, ...(max === Infinity ? {} : { max }) } });
}
