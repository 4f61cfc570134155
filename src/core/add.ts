import { assertSameShape } from "./errors";
import type { Matrix } from "./matrix";

/** Elementwise sum A + B: (r, c) + (r, c) -> (r, c). */
export function add(a: Matrix, b: Matrix, names: { op?: string; a?: string; b?: string } = {}): Matrix {
  assertSameShape(a, b, names.op ?? "add", names.a ?? "A", names.b ?? "B");
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < out.length; ++i) out[i] = a.data[i] + b.data[i];
  return { rows: a.rows, cols: a.cols, data: out };
}
