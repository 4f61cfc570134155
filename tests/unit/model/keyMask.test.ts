import { describe, expect, it } from "vitest";
import { maskToRows } from "../../../src/core";
import { keyMask } from "../../../src/model";

const T = true;
const F = false;

describe("keyMask", () => {
  it("keyMask(Lq, keyIds, padId) blocks every padding key for every query, and nothing else", () => {
    const m = keyMask(3, [5, 0, 3, 0], 0);
    expect([m.rows, m.cols]).toEqual([3, 4]);
    expect(maskToRows(m)).toEqual([[T, F, T, F], [T, F, T, F], [T, F, T, F]]);
  });
  it("keyMask(Lq, keyIds, padId) keeps every query row: padding is blocked as a key, not as a query", () => {
    // Keys [1, 4, 0]: a padded position still asks its query (row 2), it just is never looked at.
    expect(maskToRows(keyMask(3, [1, 4, 0], 0))).toEqual([[T, T, F], [T, T, F], [T, T, F]]);
  });
  it("keyMask(Lq, keyIds, padId) with Lq != Lk is (Lq, Lk), as cross-attention needs", () => {
    const m = keyMask(2, [7, 0, 0, 2, 6], 0);
    expect([m.rows, m.cols]).toEqual([2, 5]);
    expect(maskToRows(m)).toEqual([[T, F, F, T, T], [T, F, F, T, T]]);
  });
  it("keyMask(Lq, keyIds, padId) reads padId as given, not as 0", () => {
    expect(maskToRows(keyMask(1, [3, 0, 3, 1], 3))).toEqual([[F, T, F, T]]);
  });
  it("keyMask(Lq, keyIds, padId, true) lets query i see keys j <= i that are not padding", () => {
    expect(maskToRows(keyMask(4, [1, 4, 5, 0], 0, true))).toEqual([
      [T, F, F, F],
      [T, T, F, F],
      [T, T, T, F],
      [T, T, T, F], // the padded query still sees the real tokens before it
    ]);
  });
  it("keyMask(Lq, keyIds, padId, true) with Lq != Lk combines causal and padding on the (Lq, Lk) grid", () => {
    expect(maskToRows(keyMask(2, [1, 0, 3], 0, true))).toEqual([[T, F, F], [T, F, F]]);
    expect(maskToRows(keyMask(3, [1, 2], 0, true))).toEqual([[T, F], [T, T], [T, T]]);
  });
  it("keyMask(Lq, keyIds, padId) with no padding allows everything; with only padding blocks everything", () => {
    expect(maskToRows(keyMask(2, [1, 2], 0))).toEqual([[T, T], [T, T]]);
    expect(maskToRows(keyMask(2, [0, 0], 0))).toEqual([[F, F], [F, F]]);
  });
});
