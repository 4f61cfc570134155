import { describe, expect, it } from "vitest";
import { LAB_DATASET, LAB_EVALUATION_PAIRS, labDataset, labEvaluationPairs, labProbes, translationDataset } from "../../../src/train";

describe("labDataset", () => {
  it("labDataset() is the grammar's draw for LAB_DATASET, made once", () => {
    const d = labDataset();
    expect(labDataset()).toBe(d);
    const again = translationDataset(LAB_DATASET.seed, LAB_DATASET.sizes);
    expect([d.train, d.validation, d.test]).toEqual([again.train, again.validation, again.test]);
  });

  it("labEvaluationPairs(dataset) is the first LAB_EVALUATION_PAIRS validation pairs", () => {
    const d = labDataset();
    expect(labEvaluationPairs(d)).toEqual(d.validation.slice(0, LAB_EVALUATION_PAIRS));
    expect(LAB_EVALUATION_PAIRS).toBeLessThan(d.validation.length);
  });

  it("labProbes(dataset) picks the first validation pair of each length asked, none of them a training sentence", () => {
    const d = labDataset();
    const probes = labProbes(d);
    expect(probes.map((p) => p.english.length)).toEqual([7, 6, 3, 5]);
    const train = new Set(d.train.map((p) => p.english.join(" ")));
    for (const p of probes) {
      expect(d.validation.find((q) => q.english.length === p.english.length)).toBe(p);
      expect(train.has(p.english.join(" "))).toBe(false);
    }
  });

  it("labProbes(dataset, lengths) refuses a length no validation sentence has", () => {
    expect(() => labProbes(labDataset(), [4])).toThrow("labProbes: no validation sentence has 4 words");
  });
});
