import { describe, expect, it } from "vitest";
import {
  advanceLabRun,
  DEFAULT_TRANSLATOR_SETTINGS,
  EVALUATE_EVERY,
  evaluateTranslator,
  labEvaluationPairs,
  startLabRun,
  trainTranslator,
  translationDataset,
  type LabRun,
} from "../../../src/train";

// A small dataset keeps each evaluation (greedy decoding of every validation pair) quick.
const dataset = translationDataset(8, { train: 100, validation: 6, test: 2 });

function steps(lab: LabRun, n: number): LabRun {
  for (let s = 0; s < n; ++s) lab = advanceLabRun(lab, dataset);
  return lab;
}

describe("labRun", () => {
  it("startLabRun(settings) is step 0, no training loss, and one evaluation on the lab's validation subset", () => {
    const lab = startLabRun(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    expect(lab.run.step).toBe(0);
    expect(lab.history.trainLoss).toEqual([]);
    expect(lab.history.evaluations).toEqual([{ step: 0, ...evaluateTranslator(lab.run, dataset, labEvaluationPairs(dataset)) }]);
  });

  it("advanceLabRun records each batch's loss (trainTranslator's) and evaluates again at step EVALUATE_EVERY, not before", () => {
    const start = startLabRun(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    const before = steps(start, EVALUATE_EVERY - 1);
    expect(before.history.evaluations.map((e) => e.step)).toEqual([0]);
    const at = advanceLabRun(before, dataset);
    expect(at.history.evaluations.map((e) => e.step)).toEqual([0, EVALUATE_EVERY]);
    expect(at.history.trainLoss).toHaveLength(EVALUATE_EVERY);
    expect(at.history.trainLoss[0]).toBe(trainTranslator(start.run, dataset).loss);
  }, 120_000);

  it("advanceLabRun leaves the run it was given as it was", () => {
    const start = startLabRun(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    advanceLabRun(start, dataset);
    expect(start.run.step).toBe(0);
    expect(start.history.trainLoss).toEqual([]);
  }, 60_000);

  it("startLabRun refuses bad settings with the translator's message", () => {
    expect(() => startLabRun({ ...DEFAULT_TRANSLATOR_SETTINGS, lr: 2 }, dataset)).toThrow("the learning rate is 2");
  });
});
