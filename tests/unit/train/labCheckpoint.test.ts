import { describe, expect, it } from "vitest";
import checkpointJson from "../../../src/train/checkpoint/default.json";
import {
  CHECKPOINT_TARGET,
  checkpointModel,
  createTranslator,
  DEFAULT_TRANSLATOR_SETTINGS,
  EVALUATE_EVERY,
  evaluateTranslator,
  float64ToBase64,
  LAB_DATASET,
  labCheckpoint,
  labDataset,
  startLabRun,
  trainToTarget,
  trainTranslator,
  translationDataset,
  type LabCheckpoint,
} from "../../../src/train";

const checkpoint = checkpointJson as unknown as LabCheckpoint;
const small = translationDataset(9, { train: 60, validation: 3, test: 2 });

describe("the checkpoint in src/train/checkpoint/default.json", () => {
  it("retraining from its settings for its steps gives its training losses and its parameters, bit for bit", () => {
    // Training only (no evaluations): the same batches and updates as npm run train:checkpoint made.
    const dataset = labDataset();
    let run = createTranslator(checkpoint.settings, dataset);
    const losses: number[] = [];
    while (run.step < checkpoint.steps) {
      const next = trainTranslator(run, dataset);
      losses.push(next.loss);
      run = next.run;
    }
    expect(losses).toEqual(checkpoint.history.trainLoss);
    expect([...run.params.keys()]).toEqual(Object.keys(checkpoint.params));
    for (const [name, p] of run.params) {
      expect(float64ToBase64(p.data), name).toBe(checkpoint.params[name].float64);
    }
  }, 600_000);

  it("is the default run, on the lab's dataset, stopped at its first evaluation that reached the target", () => {
    expect(checkpoint.settings).toEqual(DEFAULT_TRANSLATOR_SETTINGS);
    expect(checkpoint.dataset).toEqual(LAB_DATASET);
    expect(checkpoint.target).toBe(CHECKPOINT_TARGET);
    const evaluations = checkpoint.history.evaluations;
    expect(evaluations.map((e) => e.step)).toEqual(Array.from({ length: checkpoint.steps / EVALUATE_EVERY + 1 }, (_, n) => n * EVALUATE_EVERY));
    expect(evaluations.slice(0, -1).every((e) => e.exactMatch < CHECKPOINT_TARGET)).toBe(true);
    expect(evaluations[evaluations.length - 1].exactMatch).toBeGreaterThanOrEqual(CHECKPOINT_TARGET);
  });

  it("its final metrics are what evaluateTranslator gives its parameters on the whole validation and test splits", () => {
    const dataset = labDataset();
    const model = checkpointModel(checkpoint, dataset);
    const run = { ...createTranslator(checkpoint.settings, dataset), params: model.params };
    expect(evaluateTranslator(run, dataset, dataset.validation)).toEqual(checkpoint.final.validation);
    expect(evaluateTranslator(run, dataset, dataset.test)).toEqual(checkpoint.final.test);
  }, 300_000);
});

describe("labCheckpoint and checkpointModel", () => {
  it("checkpointModel(labCheckpoint(lab)) gives the run's parameters back exactly, and its config", () => {
    const lab = startLabRun({ ...DEFAULT_TRANSLATOR_SETTINGS, heads: 2 }, small);
    const written = JSON.parse(JSON.stringify(labCheckpoint(lab, small, 0.5))) as LabCheckpoint;
    const model = checkpointModel(written, small);
    expect(model.config).toEqual(lab.run.config);
    for (const [name, p] of lab.run.params) expect(model.params.get(name), name).toEqual(p);
    expect(written.dataset).toEqual(small.spec);
    expect(written.steps).toBe(0);
  }, 60_000);

  it("checkpointModel refuses another format, another dataset, and parameters that do not fit the settings", () => {
    const lab = startLabRun(DEFAULT_TRANSLATOR_SETTINGS, small);
    const good = labCheckpoint(lab, small, 0.5);
    expect(() => checkpointModel({ ...good, format: 2 as 1 }, small)).toThrow("checkpoint: its format is 2, not 1; regenerate it with npm run train:checkpoint");
    expect(() => checkpointModel(good, translationDataset(10, { train: 60, validation: 3, test: 2 }))).toThrow(
      'it was trained on the dataset {"seed":9,"sizes":{"train":60,"validation":3,"test":2}}, not {"seed":10,',
    );
    const missing = Object.fromEntries(Object.entries(good.params).filter(([name]) => name !== "generator.b"));
    expect(() => checkpointModel({ ...good, params: missing }, small)).toThrow("the parameter generator.b is missing");
    const wrongShape = { ...good.params, "generator.b": { ...good.params["generator.b"], rows: 2, cols: 1 } };
    expect(() => checkpointModel({ ...good, params: wrongShape }, small)).toThrow(/generator\.b holds \d+ numbers but is 2x1/);
    const heads3 = { ...good, settings: { ...good.settings, heads: 3 } };
    expect(() => checkpointModel(heads3, small)).toThrow("not divisible by heads 3");
  }, 60_000);

  it("trainToTarget stops at once when the target is already met, and refuses when maxSteps pass first", () => {
    expect(trainToTarget(DEFAULT_TRANSLATOR_SETTINGS, small, 0).run.step).toBe(0);
    expect(() => trainToTarget(DEFAULT_TRANSLATOR_SETTINGS, small, 1.01, 1)).toThrow("exact match did not reach 1.01 in 1 steps");
  }, 60_000);
});
