import { describe, expect, it } from "vitest";
import { BOS, EOS, PAD, pairsToBatch, vocabulary } from "../../../src/train";

const english = vocabulary(["the", "black", "cat", "sees", "a", "dog"], "english");
const french = vocabulary(["le", "chat", "noir", "voit", "un", "chien"], "french");
const long = { english: ["the", "black", "cat", "sees", "a", "dog"], french: ["le", "chat", "noir", "voit", "un", "chien"], alignment: [0, 2, 1, 3, 4, 5] };
const short = { english: ["a", "dog"], french: ["un", "chien"], alignment: [0, 1] };

describe("pairsToBatch", () => {
  it("pairsToBatch(pairs) pads every source to the longest (B x Ls) and every target to the longest plus one (B x Lt)", () => {
    const b = pairsToBatch([short, long], english, french);
    expect(b.srcIds.map((r) => r.length)).toEqual([6, 6]);
    expect(b.tgtIn.map((r) => r.length)).toEqual([7, 7]);
    expect(b.tgtOut.map((r) => r.length)).toEqual([7, 7]);
  });

  it("pairsToBatch(pairs) writes ids by hand-checkable rules: <bos> then the French as input, the French then <eos> as output, <pad> after", () => {
    const b = pairsToBatch([short, long], english, french);
    // English ids: the 3, black 4, cat 5, sees 6, a 7, dog 8; French: le 3, chat 4, noir 5, voit 6, un 7, chien 8.
    expect(b.srcIds[0]).toEqual([7, 8, PAD, PAD, PAD, PAD]);
    expect(b.tgtIn[0]).toEqual([BOS, 7, 8, PAD, PAD, PAD, PAD]);
    expect(b.tgtOut[0]).toEqual([7, 8, EOS, PAD, PAD, PAD, PAD]);
    expect(b.srcIds[1]).toEqual([3, 4, 5, 6, 7, 8]);
    expect(b.tgtIn[1]).toEqual([BOS, 3, 4, 5, 6, 7, 8]);
    expect(b.tgtOut[1]).toEqual([3, 4, 5, 6, 7, 8, EOS]);
  });

  it("pairsToBatch(pairs): the output is the input shifted left by one (teacher forcing), up to the padding", () => {
    const b = pairsToBatch([short, long], english, french);
    b.tgtIn.forEach((row, i) => {
      const real = row.filter((id) => id !== PAD).length;
      expect(row.slice(1, real)).toEqual(b.tgtOut[i].slice(0, real - 1));
    });
  });

  it("pairsToBatch(one pair) pads nothing", () => {
    const b = pairsToBatch([short], english, french);
    expect([b.srcIds[0], b.tgtIn[0], b.tgtOut[0]].flat()).not.toContain(PAD);
  });

  it("pairsToBatch(pairs) refuses a word outside the vocabulary, naming it", () => {
    expect(() => pairsToBatch([{ ...short, english: ["a", "cow"] }], english, french)).toThrow("“cow” is not in the model's English vocabulary");
  });
});
