import { describe, expect, it } from "vitest";
import { createTranslator, DEFAULT_TRANSLATOR_SETTINGS, paddingLossEffect, translationDataset } from "../../../src/train";

const dataset = translationDataset(6, { train: 10, validation: 30, test: 2 });
const long = dataset.validation.find((p) => p.english.length === 7)!;
const short = dataset.validation.find((p) => p.english.length === 2)!;

describe("paddingLossEffect", () => {
  const model = createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset);
  const effect = paddingLossEffect(model, dataset, [long, short]);

  it("paddingLossEffect: the padded batch's masked loss is the token-weighted mean of each pair's loss alone", () => {
    expect(Math.abs(effect.masked - effect.separately)).toBeLessThan(1e-12);
  });

  it("paddingLossEffect: the short pair's target is padded by 5 positions, which still have logits, and counting them changes the loss", () => {
    expect(effect.padPositions).toBe(5); // 8 positions (7 words + <eos>) against 3 (2 words + <eos>)
    expect(effect.padLogitMax).toBeGreaterThan(0);
    expect(Math.abs(effect.unmasked - effect.masked)).toBeGreaterThan(1e-3);
  });

  it("paddingLossEffect of one pair has no padding: both losses are the same", () => {
    const alone = paddingLossEffect(model, dataset, [short]);
    expect(alone.padPositions).toBe(0);
    expect(alone.unmasked).toBe(alone.masked);
  });
});
