import { AttentionError, assertArray, assertIntegerInRange, assertMask } from "./errors";

/**
 * Which keys each query may attend to, shape (Lq, Lk), row-major:
 * allowed[i * cols + j] is 1 when query i may attend to key j, 0 when blocked.
 */
export interface Mask {
  readonly rows: number;
  readonly cols: number;
  readonly allowed: Uint8Array;
}

/** A mask from nested booleans, one row per query: (Lq, Lk). Refuses empty or ragged input. */
export function maskFromRows(rows: readonly (readonly boolean[])[]): Mask {
  assertArray(rows, "maskFromRows", "the mask", "maskRows");
  rows.forEach((row, i) => assertArray(row, "maskFromRows", { maskRow: i }, "maskRows"));
  if (rows.length === 0 || rows[0].length === 0) {
    throw new AttentionError("maskFromRows", { code: "emptyMask", params: {} });
  }
  const cols = rows[0].length;
  const allowed = new Uint8Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new AttentionError("maskFromRows", { code: "maskRagged", params: { row: i, length: row.length, cols } });
    }
    row.forEach((ok, j) => {
      allowed[i * cols + j] = ok ? 1 : 0;
    });
  });
  return { rows: rows.length, cols, allowed };
}

/** The mask as nested booleans, one row per query: (Lq, Lk). */
export function maskToRows(mask: Mask): boolean[][] {
  assertMask(mask, "maskToRows", "the mask");
  return Array.from({ length: mask.rows }, (_, i) =>
    Array.from(mask.allowed.subarray(i * mask.cols, (i + 1) * mask.cols), (x) => x === 1),
  );
}

/** A (Lq, Lk) mask that blocks nothing. */
export function allowAll(Lq: number, Lk: number): Mask {
  assertIntegerInRange(Lq, "allowAll", "Lq", 1);
  assertIntegerInRange(Lk, "allowAll", "Lk", 1);
  return { rows: Lq, cols: Lk, allowed: new Uint8Array(Lq * Lk).fill(1) };
}
