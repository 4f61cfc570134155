import { describe, expect, it } from "vitest";
import { translationDataset } from "../../../src/train";

const SIZES = { train: 300, validation: 40, test: 40 };
const key = (p: { english: string[] }) => p.english.join(" ");

describe("translationDataset", () => {
  it("translationDataset(seed, sizes) gives splits of the sizes asked, with no English sentence twice or in two splits", () => {
    const d = translationDataset(5, SIZES);
    expect([d.train.length, d.validation.length, d.test.length]).toEqual([300, 40, 40]);
    const all = [...d.train, ...d.validation, ...d.test].map(key);
    expect(new Set(all).size).toBe(all.length);
  });

  it("translationDataset(seed, sizes) is the same for the same seed and differs for another", () => {
    const a = translationDataset(5, SIZES);
    const b = translationDataset(5, SIZES);
    expect([b.train, b.validation, b.test]).toEqual([a.train, a.validation, a.test]);
    expect(b.english.words).toEqual(a.english.words);
    expect(translationDataset(6, SIZES).train.map(key)).not.toEqual(translationDataset(5, SIZES).train.map(key));
  });

  it("translationDataset(...) gives both vocabularies every word of its pairs", () => {
    const d = translationDataset(5, SIZES);
    for (const p of [...d.train, ...d.validation, ...d.test]) {
      for (const w of p.english) expect(d.english.has(w)).toBe(true);
      for (const w of p.french) expect(d.french.has(w)).toBe(true);
    }
  });

  it("translationDataset(...) refuses a split of 0 or a fraction", () => {
    expect(() => translationDataset(5, { ...SIZES, validation: 0 })).toThrow("validation is 0; it must be an integer >= 1");
    expect(() => translationDataset(5, { ...SIZES, test: 1.5 })).toThrow("test is 1.5");
  });
});
