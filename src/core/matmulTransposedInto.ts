/**
 * A row-major window into a Float64Array: entry (i, j) lives at data[offset + i * stride + j].
 * A head's columns of a projection are such a window (offset head * dk, stride dModel), so
 * products can read them in place instead of slicing copies.
 */
export interface Strided {
  readonly data: Float64Array;
  readonly offset: number;
  readonly stride: number;
}

/**
 * The product A B with B given transposed, written into `out`:
 * out[i, j] = sum over t of a[i, t] * bt[j, t], for A (n, m), Bt (p, m) -> out (n, p).
 *
 * Each sum starts at 0 and adds t = 0, 1, ..., m - 1 in order, exactly as the textbook loop
 * does, so the result is bit-for-bit the one of matmul's definition (no reassociation).
 * The speed comes from the layout: both operands are read along rows (contiguous), and a 4x4
 * block of the output keeps 16 sums in registers, so each loaded number serves 4 products.
 * No shape checks here; callers check shapes and name the operands.
 */
export function matmulTransposedInto(a: Strided, bt: Strided, out: Strided, n: number, p: number, m: number): void {
  const A = a.data;
  const B = bt.data;
  const C = out.data;
  const as = a.stride;
  const bs = bt.stride;
  const cs = out.stride;
  const n4 = n - (n % 4);
  const p4 = p - (p % 4);
  for (let i = 0; i < n4; i += 4) {
    const a0 = a.offset + i * as;
    const a1 = a0 + as;
    const a2 = a1 + as;
    const a3 = a2 + as;
    const c0 = out.offset + i * cs;
    for (let j = 0; j < p4; j += 4) {
      const b0 = bt.offset + j * bs;
      const b1 = b0 + bs;
      const b2 = b1 + bs;
      const b3 = b2 + bs;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let t = 0; t < m; ++t) {
        const x0 = A[a0 + t], x1 = A[a1 + t], x2 = A[a2 + t], x3 = A[a3 + t];
        const y0 = B[b0 + t], y1 = B[b1 + t], y2 = B[b2 + t], y3 = B[b3 + t];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      let c = c0 + j;
      C[c] = s00; C[c + 1] = s01; C[c + 2] = s02; C[c + 3] = s03;
      c += cs;
      C[c] = s10; C[c + 1] = s11; C[c + 2] = s12; C[c + 3] = s13;
      c += cs;
      C[c] = s20; C[c + 1] = s21; C[c + 2] = s22; C[c + 3] = s23;
      c += cs;
      C[c] = s30; C[c + 1] = s31; C[c + 2] = s32; C[c + 3] = s33;
    }
    // The last p % 4 columns: a 4x1 block each.
    for (let j = p4; j < p; ++j) {
      const b0 = bt.offset + j * bs;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let t = 0; t < m; ++t) {
        const y = B[b0 + t];
        s0 += A[a0 + t] * y; s1 += A[a1 + t] * y; s2 += A[a2 + t] * y; s3 += A[a3 + t] * y;
      }
      C[c0 + j] = s0; C[c0 + cs + j] = s1; C[c0 + 2 * cs + j] = s2; C[c0 + 3 * cs + j] = s3;
    }
  }
  // The last n % 4 rows: one dot product per entry.
  for (let i = n4; i < n; ++i) {
    const a0 = a.offset + i * as;
    const c0 = out.offset + i * cs;
    for (let j = 0; j < p; ++j) {
      const b0 = bt.offset + j * bs;
      let s = 0;
      for (let t = 0; t < m; ++t) s += A[a0 + t] * B[b0 + t];
      C[c0 + j] = s;
    }
  }
}
