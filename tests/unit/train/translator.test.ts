import { describe, expect, it } from "vitest";
import {
  BATCH_SIZE,
  batchForStep,
  createTranslator,
  DEFAULT_TRANSLATOR_SETTINGS,
  evaluateTranslator,
  trainTranslator,
  translate,
  translationDataset,
  translatorConfig,
  type Translator,
} from "../../../src/train";

const dataset = translationDataset(2, { train: 200, validation: 8, test: 4 });

/** `steps` training steps from a fresh run; the losses and the last run. */
function train(settings = DEFAULT_TRANSLATOR_SETTINGS, steps = 3): { losses: number[]; run: Translator } {
  let run = createTranslator(settings, dataset);
  const losses: number[] = [];
  for (let s = 0; s < steps; ++s) {
    const next = trainTranslator(run, dataset);
    losses.push(next.loss);
    run = next.run;
  }
  return { losses, run };
}

describe("translator", () => {
  it("trainTranslator from the same seed and settings gives the same losses and parameters, bit for bit", () => {
    const a = train();
    const b = train();
    expect(b.losses).toEqual(a.losses);
    for (const [name, p] of a.run.params) expect(b.run.params.get(name)!.data, name).toEqual(p.data);
  }, 60_000);

  it("trainTranslator from another seed gives other losses", () => {
    expect(train({ ...DEFAULT_TRANSLATOR_SETTINGS, seed: 2 }, 1).losses).not.toEqual(train(DEFAULT_TRANSLATOR_SETTINGS, 1).losses);
  }, 60_000);

  it("trainTranslator leaves the run it was given as it was, so a reset (createTranslator again) starts the same run over", () => {
    const fresh = createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    const before = new Map([...fresh.params].map(([name, p]) => [name, Float64Array.from(p.data)]));
    const first = trainTranslator(fresh, dataset);
    expect(first.run.step).toBe(1);
    expect(fresh.step).toBe(0);
    for (const [name, p] of fresh.params) expect(p.data, name).toEqual(before.get(name));
    const again = trainTranslator(createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset), dataset);
    expect(again.loss).toBe(first.loss);
  }, 60_000);

  it("trainTranslator lowers the loss of the same batch (one Adam step goes downhill)", () => {
    const fresh = createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    const before = trainTranslator(fresh, dataset);
    // Replay step 0's batch on the updated parameters: same batch, so the loss must be lower.
    const replay = trainTranslator({ ...before.run, step: 0 }, dataset);
    expect(replay.loss).toBeLessThan(before.loss);
  }, 60_000);

  it("createTranslator refuses a seed that is not a whole number, a learning rate out of (0, 0.1], and heads that do not divide d_model", () => {
    const bad = (change: object) => () => createTranslator({ ...DEFAULT_TRANSLATOR_SETTINGS, ...change }, dataset);
    expect(bad({ seed: 1.5 })).toThrow("translator: seed is 1.5; it must be an integer from 0 to 2147483647");
    expect(bad({ seed: -1 })).toThrow("seed is -1");
    expect(bad({ lr: 0 })).toThrow("the learning rate is 0; use a number above 0 and at most 0.1");
    expect(bad({ lr: 0.5 })).toThrow("the learning rate is 0.5");
    expect(bad({ lr: Number.NaN })).toThrow("the learning rate is NaN");
    expect(bad({ heads: 3 })).toThrow("dModel 32 is not divisible by heads 3; choose heads that divide dModel");
  });

  it("translatorConfig(settings, dataset) sizes the model from the vocabularies and carries the ablations", () => {
    const config = translatorConfig({ ...DEFAULT_TRANSLATOR_SETTINGS, ablations: { unscaled: true } }, dataset);
    expect([config.srcVocab, config.tgtVocab]).toEqual([dataset.english.words.length, dataset.french.words.length]);
    expect(config.ablations).toEqual({ unscaled: true });
    expect(translatorConfig(DEFAULT_TRANSLATOR_SETTINGS, dataset).ablations).toBeUndefined();
  });

  it("batchForStep(dataset, seed, step) draws BATCH_SIZE training pairs, the same for the same seed and step, others for another step", () => {
    const batch = batchForStep(dataset, 1, 4);
    expect(batch).toHaveLength(BATCH_SIZE);
    for (const p of batch) expect(dataset.train).toContain(p);
    expect(batchForStep(dataset, 1, 4)).toEqual(batch);
    expect(batchForStep(dataset, 1, 5)).not.toEqual(batch);
    expect(batchForStep(dataset, 2, 4)).not.toEqual(batch);
  });

  it("evaluateTranslator gives a loss, exact match and alignment error rates in range, one per head", () => {
    const run = createTranslator({ ...DEFAULT_TRANSLATOR_SETTINGS, heads: 2 }, dataset);
    const m = evaluateTranslator(run, dataset, dataset.validation);
    expect(m.loss).toBeGreaterThan(0);
    expect(m.exactMatch).toBeGreaterThanOrEqual(0);
    expect(m.exactMatch).toBeLessThanOrEqual(1);
    expect(m.headAlignmentError).toHaveLength(2);
    for (const e of [m.alignmentError, ...m.headAlignmentError]) {
      expect(e).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(1);
    }
  }, 60_000);

  it("translate(run, dataset, english) gives French words of the vocabulary and refuses an unknown English word", () => {
    const run = createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    const words = translate(run, dataset, ["the", "cat"]);
    expect(words.length).toBeLessThanOrEqual(2 + 4);
    for (const w of words) expect(dataset.french.has(w)).toBe(true);
    expect(() => translate(run, dataset, ["the", "cow"])).toThrow("“cow” is not in the model's English vocabulary");
  });
});
