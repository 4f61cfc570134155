import { assertMatrix, assertSameShape } from "./errors";
import type { Matrix } from "./matrix";

/** Elementwise sum A + B: (r, c) + (r, c) -> (r, c). */
export function add(a: Matrix, b: Matrix, names: { op?: string; a?: string; b?: string } = {}): Matrix {
  const { op = "add", a: aName = "A", b: bName = "B" } = names;
  assertMatrix(a, op, aName);
  assertMatrix(b, op, bName);
  assertSameShape(a, b, op, aName, bName);
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < out.length; ++i) out[i] = a.data[i] + b.data[i];
  return { rows: a.rows, cols: a.cols, data: out };
}
