import { describe, expect, it } from "vitest";
import { BOS, createTranslator, DEFAULT_TRANSLATOR_SETTINGS, futureTokenEffect, translationDataset } from "../../../src/train";

const dataset = translationDataset(3, { train: 10, validation: 2, test: 2 });
const src = ["the", "black", "cat"].map((w) => dataset.english.id(w));
const tgtIn = [BOS, ...["le", "chat", "noir"].map((w) => dataset.french.id(w))];

describe("futureTokenEffect", () => {
  const model = createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset);

  it("futureTokenEffect: changing decoder input 2 leaves the logits of positions 0 and 1 exactly as they were, and moves later ones", () => {
    const effect = futureTokenEffect(model, src, tgtIn, 2, dataset.french.id("maison"));
    expect(effect.before).toBe(0);
    expect(effect.from).toBeGreaterThan(1e-3);
  });

  it("futureTokenEffect at position 0 has nothing before it, and the same token changes nothing", () => {
    expect(futureTokenEffect(model, src, tgtIn, 0, dataset.french.id("la")).before).toBe(0);
    expect(futureTokenEffect(model, src, tgtIn, 3, tgtIn[3])).toEqual({ before: 0, from: 0 });
  });
});
