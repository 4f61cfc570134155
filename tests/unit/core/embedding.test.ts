import { describe, expect, it } from "vitest";
import { embedding, fromRows, matrix, toRows } from "../../../src/core";

const table = fromRows([
  [0, 0.5],
  [1, 1.5],
  [2, 2.5],
]);

describe("embedding", () => {
  it("embedding(table, ids) returns row ids[t] of the table as row t: (vocab, d) -> (L, d)", () => {
    expect(toRows(embedding(table, [2, 0, 1, 2]))).toEqual([[2, 2.5], [0, 0.5], [1, 1.5], [2, 2.5]]);
  });
  it("embedding(table, ids) with a repeated id gives equal rows, and one id gives one row", () => {
    expect(toRows(embedding(table, [1, 1]))).toEqual([[1, 1.5], [1, 1.5]]);
    expect(toRows(embedding(table, [0]))).toEqual([[0, 0.5]]);
  });
  it("embedding(table, ids) copies: changing the output leaves the table alone", () => {
    const out = embedding(table, [0]);
    out.data[0] = 99;
    expect(toRows(table)[0]).toEqual([0, 0.5]);
  });
  it("embedding(table, ids) refuses an id outside [0, vocab) or not an integer, naming its position and the vocabulary size", () => {
    expect(() => embedding(table, [0, 3])).toThrow(
      /^embedding: the id at position 1 is 3, but the vocabulary has 3 tokens; every id must be an integer from 0 to 2$/,
    );
    expect(() => embedding(table, [-1])).toThrow(/^embedding: the id at position 0 is -1, but the vocabulary has 3 tokens/);
    expect(() => embedding(table, [1, 1, 0.5])).toThrow(/^embedding: the id at position 2 is 0.5,/);
    expect(() => embedding(table, [NaN])).toThrow(/^embedding: the id at position 0 is NaN,/);
  });
  it("embedding(table, ids) refuses no ids, an empty table and a non-finite table", () => {
    expect(() => embedding(table, [])).toThrow(/^embedding: ids is empty; give at least one token id$/);
    expect(() => embedding(matrix(0, 2), [0])).toThrow(/^embedding: the table is 0x2; it needs at least one row and one column$/);
    expect(() => embedding(matrix(2, 1, [1, Infinity]), [0])).toThrow(/^embedding: the table has \+Infinity at row 1, column 0/);
  });
});
