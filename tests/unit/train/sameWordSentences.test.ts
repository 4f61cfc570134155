import { describe, expect, it } from "vitest";
import { sameWordSentences } from "../../../src/train";

describe("sameWordSentences", () => {
  it("sameWordSentences of a noun phrase is 1: its words allow one order", () => {
    expect(sameWordSentences(["the", "black", "cat"])).toBe(1);
    expect(sameWordSentences(["a", "dog"])).toBe(1);
  });

  it("sameWordSentences of “the cat sees a dog” is 4: either noun first, either article with it", () => {
    // the cat sees a dog, a cat sees the dog, the dog sees a cat, a dog sees the cat.
    expect(sameWordSentences(["the", "cat", "sees", "a", "dog"])).toBe(4);
  });

  it("sameWordSentences of “the black cat sees a white dog” is 8: noun order, articles and adjectives each 2 ways", () => {
    expect(sameWordSentences(["the", "black", "cat", "sees", "a", "white", "dog"])).toBe(8);
    // One adjective: it goes with either noun, 2 x 2 x 2 = 8 as well.
    expect(sameWordSentences(["the", "black", "cat", "sees", "a", "dog"])).toBe(8);
  });

  it("sameWordSentences counts repeated words once: “the cat sees the cat” has only itself", () => {
    expect(sameWordSentences(["the", "cat", "sees", "the", "cat"])).toBe(1);
    expect(sameWordSentences(["the", "black", "cat", "sees", "a", "black", "cat"])).toBe(2);
  });

  it("sameWordSentences of words no sentence can hold is 0", () => {
    expect(sameWordSentences(["sees", "sees"])).toBe(0);
    expect(sameWordSentences(["the", "cow"])).toBe(0);
  });
});
