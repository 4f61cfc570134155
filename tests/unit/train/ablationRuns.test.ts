import { describe, expect, it } from "vitest";
import ablationsJson from "../../../src/train/checkpoint/ablations.json";
import checkpointJson from "../../../src/train/checkpoint/default.json";
import {
  ABLATION_STEPS,
  ABLATIONS,
  ablationResult,
  DEFAULT_TRANSLATOR_SETTINGS,
  LAB_DATASET,
  translationDataset,
  type AblationResults,
  type LabCheckpoint,
} from "../../../src/train";

const results = ablationsJson as unknown as AblationResults;
const checkpoint = checkpointJson as unknown as LabCheckpoint;

describe("ABLATIONS", () => {
  it("ABLATIONS: each run changes one thing from the default (the one-head unscaled run, one thing from the one-head run)", () => {
    const differences = (a: object, b: object) => Object.keys({ ...a, ...b }).filter((k) => JSON.stringify((a as never)[k]) !== JSON.stringify((b as never)[k]));
    const byName = Object.fromEntries(ABLATIONS.map((a) => [a.name, a.settings]));
    expect(byName.default).toEqual(DEFAULT_TRANSLATOR_SETTINGS);
    for (const name of ["unscaled", "oneHead", "unmaskedSourcePadding", "noSourcePositions"]) expect(differences(byName[name], byName.default), name).toHaveLength(1);
    expect(differences(byName.oneHeadUnscaled, byName.oneHead)).toEqual(["ablations"]);
  });
});

describe("ablationResult", () => {
  const small = translationDataset(12, { train: 80, validation: 10, test: 1 });

  it("ablationResult trains for the steps asked and measures the validation split: lengths add up, entropy within [0, ln 7]", () => {
    const r = ablationResult(ABLATIONS[0], small, 2);
    expect(r.steps).toBe(2);
    expect(r.evaluations.map((e) => e.step)).toEqual([0]);
    expect(r.byLength.reduce((n, l) => n + l.pairs, 0)).toBe(10);
    const exact = r.byLength.reduce((n, l) => n + l.exactMatch * l.pairs, 0) / 10;
    expect(exact).toBeCloseTo(r.validation.exactMatch, 12);
    expect(r.attentionEntropy).toBeGreaterThan(0);
    expect(r.attentionEntropy).toBeLessThanOrEqual(Math.log(7) + 1e-12);
  }, 120_000);

  it("ablationResult: with the padding mask, decoding a padded source gives the same exact match as decoding it alone", () => {
    const r = ablationResult(ABLATIONS[0], small, 1);
    expect(r.paddedExactMatch).toBe(r.validation.exactMatch);
  }, 120_000);
});

describe("src/train/checkpoint/ablations.json", () => {
  it("holds every ablation of ABLATIONS, trained ABLATION_STEPS steps on the lab's dataset", () => {
    expect(results.dataset).toEqual(LAB_DATASET);
    expect(results.steps).toBe(ABLATION_STEPS);
    expect(results.runs.map((r) => [r.name, r.label, r.settings])).toEqual(ABLATIONS.map((a) => [a.name, a.label, a.settings]));
    for (const r of results.runs) expect(r.evaluations[r.evaluations.length - 1].step, r.name).toBe(ABLATION_STEPS);
  });

  it("its default run is the checkpoint's run continued: the same evaluations up to the checkpoint's step", () => {
    const base = results.runs.find((r) => r.name === "default")!;
    expect(base.evaluations.slice(0, checkpoint.history.evaluations.length)).toEqual(checkpoint.history.evaluations);
  });
});
