import { describe, expect, it } from "vitest";
import { createTranslator, DEFAULT_TRANSLATOR_SETTINGS, translate, translateSteps, translationDataset, translationLimit } from "../../../src/train";

const dataset = translationDataset(2, { train: 50, validation: 4, test: 4 });
const english = ["the", "black", "cat", "sees", "a", "dog"];

describe("translateSteps", () => {
  const run = createTranslator({ ...DEFAULT_TRANSLATOR_SETTINGS, heads: 2 }, dataset);
  const t = translateSteps(run, dataset, english);

  it("translateSteps(model, vocabularies, english) gives one step per chosen word, each prefix the words chosen before it", () => {
    const chosen = t.steps.map((s) => s.chosen);
    expect(t.steps.length).toBeLessThanOrEqual(translationLimit(english.length));
    t.steps.forEach((s, n) => expect(s.prefix).toEqual(chosen.slice(0, n)));
    expect(t.french).toEqual(chosen.filter((w) => w !== "<eos>"));
    expect(t.finished).toBe(chosen[chosen.length - 1] === "<eos>");
    expect(translate(run, dataset, english)).toEqual(t.french);
  });

  it("translateSteps: each step's cross-attention has one row per head over the source words, summing to 1", () => {
    for (const s of t.steps) {
      expect(s.crossWeights).toHaveLength(2);
      for (const row of s.crossWeights) {
        expect(row).toHaveLength(english.length);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it("translateSteps(..., { padTo }) pads the source: the padding gets weight 0 and changes nothing else under the mask", () => {
    const padded = translateSteps(run, dataset, english, { padTo: 9 });
    expect(padded.steps.map((s) => s.chosen)).toEqual(t.steps.map((s) => s.chosen));
    padded.steps.forEach((s, n) =>
      s.crossWeights.forEach((row, h) => {
        expect(row.slice(english.length)).toEqual([0, 0, 0]);
        expect(row.slice(0, english.length)).toEqual(t.steps[n].crossWeights[h]);
      }),
    );
  });

  it("translateSteps(..., { padTo }) without the padding mask lets the padding take weight", () => {
    const unmasked = createTranslator({ ...DEFAULT_TRANSLATOR_SETTINGS, ablations: { unmaskedSourcePadding: true } }, dataset);
    const padded = translateSteps(unmasked, dataset, english, { padTo: 9 });
    expect(padded.steps[0].crossWeights[0].slice(english.length).every((w) => w > 0)).toBe(true);
  });

  it("translateSteps refuses an unknown word", () => {
    expect(() => translateSteps(run, dataset, ["the", "cow"])).toThrow("“cow” is not in the model's English vocabulary");
  });

  it("translationLimit(words) leaves room for 4 tokens beyond the source's length (the end token among them)", () => {
    expect(translationLimit(7)).toBe(11);
    expect(translationLimit(1)).toBe(5);
  });
});
