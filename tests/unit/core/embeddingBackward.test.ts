import { describe, expect, it } from "vitest";
import { embedding, embeddingBackward, fromRows, matrix, toRows } from "../../../src/core";
import { numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("embeddingBackward", () => {
  it("embeddingBackward(vocab, ids, dY) adds row t of dY into row ids[t]; a repeated id accumulates, an unused id gets 0", () => {
    const dTable = embeddingBackward(4, [2, 0, 2], fromRows([[1, 2], [3, 4], [10, 20]]));
    expect(toRows(dTable)).toEqual([[3, 4], [0, 0], [11, 22], [0, 0]]);
  });
  it("embeddingBackward(vocab, ids, dY) agrees with finite differences of the lookup", () => {
    const ids = [3, 1, 3, 0, 3];
    const table = pseudoRows(5, 3, 1);
    const dOut = pseudoRows(5, 3, 2);
    const numeric = numericGradient((m) => weightedSum(embedding(fromRows(m), ids), dOut), table);
    expectClose(embeddingBackward(5, ids, fromRows(dOut)), numeric, 1e-9);
  });
  it("embeddingBackward(vocab, ids, dY) refuses a dY without one row per id", () => {
    expect(() => embeddingBackward(5, [1, 2], matrix(3, 4))).toThrow(
      /^embeddingBackward: dOutput is 3x4 but the output it belongs to is 2x4; the gradient of an output has the output's shape$/,
    );
  });
  it("embeddingBackward(vocab, ids, dY) refuses an id outside the vocabulary and a vocab that is not a positive integer", () => {
    expect(() => embeddingBackward(2, [0, 2], matrix(2, 1))).toThrow(
      /^embeddingBackward: the id at position 1 is 2, but the vocabulary has 2 tokens; every id must be an integer from 0 to 1$/,
    );
    expect(() => embeddingBackward(0, [0], matrix(1, 1))).toThrow(/^embeddingBackward: vocab is 0; it must be an integer >= 1$/);
  });
});
