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
