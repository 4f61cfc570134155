import type { Mask } from "./mask";
import type { Matrix } from "./matrix";

/**
 * The one error type the core throws. `op` is the operation that refused its
 * input (e.g. "scores", "softmax", "multiHeadCrossAttention"), so a notebook cell
 * or a figure can show where things went wrong; the message says what to do.
 */
export class AttentionError extends Error {
  readonly op: string;

  /** The message reads `${op}: ${detail}`. */
  constructor(op: string, detail: string, options?: { cause?: unknown }) {
    super(`${op}: ${detail}`, options);
    this.name = "AttentionError";
    this.op = op;
  }
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isTypedArray = (x: unknown): x is ArrayLike<number> => ArrayBuffer.isView(x) && !(x instanceof DataView);

/**
 * A value that is not what an operation expected, in a student's words: "undefined", "a number
 * (3)", "an array of 2 items", "an attention trace (use its .weights or .output)".
 */
function describeValue(x: unknown): string {
  if (x === undefined || x === null) return String(x);
  if (Array.isArray(x)) return `an array of ${x.length} item${x.length === 1 ? "" : "s"}`;
  if (typeof x === "number") return `a number (${x})`;
  if (typeof x === "string") return `a string (${JSON.stringify(x.length > 24 ? `${x.slice(0, 24)}…` : x)})`;
  if (typeof x === "object") {
    if ("weights" in x && "output" in x) return "an attention trace (use one of its matrices, such as .weights or .output)";
    if ("allowed" in x) return "a Mask";
    const m = x as { rows?: unknown; cols?: unknown; data?: unknown };
    if (isCount(m.rows) && isCount(m.cols) && isTypedArray(m.data)) return `a ${m.rows}x${m.cols} matrix`;
    if ("rows" in x && "cols" in x && "data" in x) return "an object whose rows, cols or data are not those of a matrix";
    return "an object without rows, cols and data";
  }
  return `a ${typeof x}`;
}

/**
 * Refuses anything that is not a matrix (rows, cols) with rows * cols numbers in `data`, naming
 * the operand, so a missing argument reads "attention: V is undefined; ..." rather than
 * "Cannot read properties of undefined (reading 'rows')". Every public function that takes a
 * matrix calls it first.
 */
export function assertMatrix(m: unknown, op: string, name: string): asserts m is Matrix {
  const x = m as { rows?: unknown; cols?: unknown; data?: unknown } | null | undefined;
  if (x && typeof x === "object" && isCount(x.rows) && isCount(x.cols) && isTypedArray(x.data)) {
    if (x.data.length === x.rows * x.cols) return;
    throw new AttentionError(
      op,
      `${name} says it is ${x.rows}x${x.cols} but its data holds ${x.data.length} numbers; a ${x.rows}x${x.cols} matrix holds ${x.rows * x.cols}, row by row`,
    );
  }
  const fix = Array.isArray(m)
    ? "turn nested arrays into a matrix with fromRows(...), e.g. fromRows([[1, 2], [3, 4]])"
    : "pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])";
  throw new AttentionError(op, `${name} is ${describeValue(m)}; ${fix}`);
}

/** Refuses anything that is not a mask (Lq, Lk) of 0/1 entries in `allowed`, naming the operand. */
export function assertMask(m: unknown, op: string, name: string): asserts m is Mask {
  const x = m as { rows?: unknown; cols?: unknown; allowed?: unknown } | null | undefined;
  if (x && typeof x === "object" && isCount(x.rows) && isCount(x.cols) && x.allowed instanceof Uint8Array && x.allowed.length === x.rows * x.cols) return;
  throw new AttentionError(
    op,
    `${name} is ${describeValue(m)}; pass a mask there, made by maskFromRows([[true, false], ...]), keyPaddingMask(Lq, Lk, length) or causalMask(Lq)`,
  );
}

/** Refuses anything that is not a list of numbers (an array or a typed array), naming the operand. */
export function assertVector(v: unknown, op: string, name: string): asserts v is ArrayLike<number> {
  if (Array.isArray(v) || isTypedArray(v)) return;
  throw new AttentionError(op, `${name} is ${describeValue(v)}; pass a list of numbers there, e.g. [0.5, -1, 2]`);
}

/** Refuses anything but an array, naming the operand; `what` says what the array should hold. */
export function assertArray(x: unknown, op: string, name: string, what: string): asserts x is unknown[] {
  if (Array.isArray(x)) return;
  throw new AttentionError(op, `${name} is ${describeValue(x)}; pass ${what}`);
}

/** Refuses a missing or non-object argument such as a trace or a layer's parameters; `what` says what to pass. */
export function assertObject(x: unknown, op: string, name: string, what: string): asserts x is object {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) return;
  throw new AttentionError(op, `${name} is ${describeValue(x)}; pass ${what}`);
}

/** "3x4": how every message writes a shape (rows x cols). */
export function shapeText(m: { readonly rows: number; readonly cols: number }): string {
  return `${m.rows}x${m.cols}`;
}

/** Describes a non-finite number so a student recognises it ("NaN", "+Infinity", "-Infinity"). */
function describeNonFinite(x: number): string {
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
  name: string,
  options: { allowNegativeInfinity?: boolean } = {},
): void {
  assertMatrix(m, op, name);
  const { rows, cols, data } = m;
  for (let i = 0; i < rows; ++i) {
    for (let j = 0; j < cols; ++j) {
      const x = data[i * cols + j];
      if (Number.isFinite(x) || (options.allowNegativeInfinity && x === -Infinity)) continue;
      const rule = options.allowNegativeInfinity
        ? "every entry must be a finite number or -Infinity (a blocked key)"
        : "every entry must be a finite number";
      throw new AttentionError(
        op,
        `${name} has ${describeNonFinite(x)} at row ${i}, column ${j} (counting from 0); ${rule}`,
      );
    }
  }
}

/** Refuses a matrix with no rows or no columns: there is nothing to attend with. */
export function assertNonEmpty(m: Matrix, op: string, name: string): void {
  assertMatrix(m, op, name);
  if (m.rows < 1 || m.cols < 1) {
    throw new AttentionError(
      op,
      `${name} is ${shapeText(m)}; it needs at least one row and one column`,
    );
  }
}

/** Refuses two operands of an elementwise operation whose shapes differ. */
export function assertSameShape(
  a: { readonly rows: number; readonly cols: number },
  b: { readonly rows: number; readonly cols: number },
  op: string,
  aName: string,
  bName: string,
): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new AttentionError(
      op,
      `${aName} is ${shapeText(a)} but ${bName} is ${shapeText(b)}; ${aName} and ${bName} need the same shape`,
    );
  }
}

/**
 * Refuses a count, length or index that is not an integer in [min, max]
 * (max omitted: no upper bound).
 */
export function assertIntegerInRange(
  value: number,
  op: string,
  name: string,
  min: number,
  max = Infinity,
): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  const range = max === Infinity ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
  throw new AttentionError(op, `${name} is ${value}; it must be ${range}`);
}
