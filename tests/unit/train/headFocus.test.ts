import { describe, expect, it } from "vitest";
import { headFocus, type CrossAttentionMaps, type TranslationPair } from "../../../src/train";

// "the black cat" -> "le chat noir": le <- the (0), chat <- cat (2), noir <- black (1).
const pair: TranslationPair = { english: ["the", "black", "cat"], french: ["le", "chat", "noir"], alignment: [0, 2, 1] };
const oneHot = (s: number) => [0, 1, 2].map((j) => (j === s ? 0.8 : 0.1));

/** Two heads over the three French words (and the <eos> row): head 1 follows the alignment, head 2 looks from the article to the noun. */
const maps: CrossAttentionMaps = {
  heads: [
    [oneHot(0), oneHot(2), oneHot(1), oneHot(2)],
    [oneHot(2), oneHot(2), oneHot(2), oneHot(0)],
  ],
  headAlignmentError: [0, 2 / 3],
  alignmentError: 0,
};

describe("headFocus", () => {
  it("headFocus counts, per head, the French words whose top source word is the aligned one, and where articles look", () => {
    const focus = headFocus([{ pair, maps }]);
    expect(focus.heads[0]).toEqual({ aligned: 1, articleToNoun: 0, articleToArticle: 1 });
    // Head 2: le -> cat (the noun, not aligned), chat -> cat (aligned), noir -> cat (not): 1 of 3.
    expect(focus.heads[1]).toEqual({ aligned: 1 / 3, articleToNoun: 1, articleToArticle: 0 });
  });

  it("headFocus scores the heads' mean too: le's mean row is (0.45, 0.1, 0.45), a tie that goes to the first word", () => {
    const focus = headFocus([{ pair, maps }]);
    // Means: le (0.45, 0.1, 0.45) -> "the"; chat (0.1, 0.1, 0.8) -> "cat"; noir (0.1, 0.45, 0.45) -> "black".
    expect(focus.mean).toEqual({ aligned: 1, articleToNoun: 0, articleToArticle: 1 });
  });

  it("headFocus pools words and articles over several pairs", () => {
    const two: TranslationPair = { english: ["a", "dog"], french: ["un", "chien"], alignment: [0, 1] };
    const twoMaps: CrossAttentionMaps = { heads: [[[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]], [[0.1, 0.9], [0.3, 0.7], [0.5, 0.5]]], headAlignmentError: [0, 0.5], alignmentError: 0 };
    const focus = headFocus([{ pair, maps }, { pair: two, maps: twoMaps }]);
    expect(focus.heads[1]).toEqual({ aligned: 2 / 5, articleToNoun: 1, articleToArticle: 0 });
  });
});
