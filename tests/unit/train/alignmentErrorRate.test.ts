import { describe, expect, it } from "vitest";
import { alignmentErrorRate } from "../../../src/train";

describe("alignmentErrorRate", () => {
  it("alignmentErrorRate(w, truth) counts the target words whose largest weight is not their true source word: 1 of 3 -> 1/3", () => {
    const w = [
      [0.7, 0.2, 0.1],
      [0.1, 0.3, 0.6],
      [0.2, 0.5, 0.3],
    ];
    // Row 0 peaks at 0 (true 0: hit), row 1 at 2 (true 2: hit), row 2 at 1 (true 0: miss): 1 miss of 3.
    expect(alignmentErrorRate(w, [0, 2, 0])).toBeCloseTo(1 / 3, 15);
  });

  it("alignmentErrorRate is 0 for a perfect alignment and 1 when every word looks elsewhere", () => {
    const w = [
      [0.9, 0.1],
      [0.2, 0.8],
    ];
    expect(alignmentErrorRate(w, [0, 1])).toBe(0);
    expect(alignmentErrorRate(w, [1, 0])).toBe(1);
  });

  it("alignmentErrorRate works with more target words than source words (Lq != Lk) and breaks ties toward the first source word", () => {
    const w = [
      [0.5, 0.5],
      [0.25, 0.75],
      [0.4, 0.6],
    ];
    // Row 0 ties: the first (0) counts. Rows 1 and 2 peak at 1.
    expect(alignmentErrorRate(w, [0, 1, 0])).toBeCloseTo(1 / 3, 15);
    expect(alignmentErrorRate(w, [1, 1, 1])).toBeCloseTo(1 / 3, 15);
  });

  it("alignmentErrorRate with one source word is 0: every row can only point there", () => {
    expect(alignmentErrorRate([[1], [1]], [0, 0])).toBe(0);
  });
});
