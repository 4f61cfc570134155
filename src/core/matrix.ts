import { AttentionError, assertArray, assertIntegerInRange, assertMatrix, assertVector, shapeText } from "./errors";

/**
 * A dense matrix of shape (rows, cols), stored row-major: entry (i, j) lives at
 * data[i * cols + j]. The core never writes into a Matrix it was given.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/**
 * A (rows, cols) matrix holding a copy of `data` (row-major, length rows * cols),
 * or zeros when `data` is omitted. Copying means later changes to the caller's
 * array never reach the matrix.
 */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  assertIntegerInRange(rows, "matrix", "rows", 0);
  assertIntegerInRange(cols, "matrix", "cols", 0);
  if (data === undefined) return { rows, cols, data: new Float64Array(rows * cols) };
  if (data.length !== rows * cols) {
    throw new AttentionError("matrix", { code: "dataLength", params: { length: data.length, rows, cols } });
  }
  return { rows, cols, data: Float64Array.from(data) };
}

/** A (rows, cols) matrix of zeros. */
export function zeros(rows: number, cols: number): Matrix {
  return matrix(rows, cols);
}

/**
 * Builds a matrix from nested arrays, one inner array per row: (rows.length,
 * rows[0].length). Refuses empty input, ragged rows and non-finite entries,
 * naming `name`, the row and the column.
 */
export function fromRows(rows: readonly (readonly number[])[], name = "matrix"): Matrix {
  assertArray(rows, "fromRows", name, "nestedRows");
  rows.forEach((row, i) => assertVector(row, "fromRows", { rowOf: name, row: i }));
  if (rows.length === 0) {
    throw new AttentionError("fromRows", { code: "noRows", params: { name } });
  }
  const cols = rows[0].length;
  if (cols === 0) {
    throw new AttentionError("fromRows", { code: "emptyFirstRow", params: { name } });
  }
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new AttentionError("fromRows", { code: "raggedRow", params: { name, row: i, length: row.length, cols } });
    }
    row.forEach((x, j) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new AttentionError("fromRows", { code: "badEntry", params: { name, entry: String(x), row: i, col: j } });
      }
      data[i * cols + j] = x;
    });
  });
  return { rows: rows.length, cols, data };
}

/** The matrix as nested arrays, one per row: (rows, cols). */
export function toRows(m: Matrix): number[][] {
  assertMatrix(m, "toRows", "the matrix");
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

/** Entry (i, j) of m, with the indices checked (0 <= i < rows, 0 <= j < cols). */
export function get(m: Matrix, i: number, j: number): number {
  assertMatrix(m, "get", "the matrix");
  if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || i >= m.rows || j < 0 || j >= m.cols) {
    throw new AttentionError("get", { code: "outsideMatrix", params: { i, j, shape: shapeText(m), rows: m.rows, cols: m.cols } });
  }
  return m.data[i * m.cols + j];
}

/** The shape as text, e.g. "3x4" for 3 rows and 4 columns. */
export function shapeOf(m: Matrix): string {
  assertMatrix(m, "shapeOf", "the matrix");
  return shapeText(m);
}
