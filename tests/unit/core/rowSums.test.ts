import { describe, expect, it } from "vitest";
import { fromRows, rowSums } from "../../../src/core";

describe("rowSums", () => {
  it("rowSums(m) sums each row", () => {
    expect(Array.from(rowSums(fromRows([[1, 2, 3], [-1, 0.5, 0.5]])))).toEqual([6, 0]);
  });
  it("rowSums(m) of a single column is that column", () => {
    expect(Array.from(rowSums(fromRows([[4], [5]])))).toEqual([4, 5]);
  });
});
