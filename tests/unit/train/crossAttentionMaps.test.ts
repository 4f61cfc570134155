import { describe, expect, it } from "vitest";
import { seq2seqForward } from "../../../src/model";
import {
  alignmentErrorRate,
  createTranslator,
  crossAttentionMaps,
  DEFAULT_TRANSLATOR_SETTINGS,
  pairsToBatch,
  teacherForcedMaps,
  translationDataset,
} from "../../../src/train";

const dataset = translationDataset(4, { train: 20, validation: 20, test: 2 });
const short = dataset.validation.find((p) => p.english.length === 3)!;
const long = dataset.validation.find((p) => p.english.length === 7)!;

describe("crossAttentionMaps", () => {
  const run = createTranslator({ ...DEFAULT_TRANSLATOR_SETTINGS, heads: 2 }, dataset);
  const trace = seq2seqForward(run.params, run.config, pairsToBatch([long, short], dataset.english, dataset.french));
  const maps = crossAttentionMaps(trace.items[1], short);

  it("crossAttentionMaps(item, pair) cuts the batch's padding off: (French words + 1) rows by English words, per head", () => {
    expect(maps.heads).toHaveLength(2);
    for (const h of maps.heads) {
      expect(h).toHaveLength(short.french.length + 1);
      for (const row of h) {
        expect(row).toHaveLength(short.english.length);
        // The padding was masked, so the real words hold all the weight.
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it("crossAttentionMaps scores each head, and the heads' mean, with alignmentErrorRate over the French words' rows", () => {
    const words = short.french.length;
    maps.heads.forEach((h, n) => expect(maps.headAlignmentError[n]).toBe(alignmentErrorRate(h.slice(0, words), short.alignment)));
    const mean = Array.from({ length: words }, (_, t) => short.english.map((_, s) => (maps.heads[0][t][s] + maps.heads[1][t][s]) / 2));
    expect(maps.alignmentError).toBe(alignmentErrorRate(mean, short.alignment));
  });

  it("teacherForcedMaps(model, pair) of a pair alone equals its maps inside a padded batch, bit for bit (padding is masked)", () => {
    expect(teacherForcedMaps(run, dataset, short)).toEqual(maps);
  });

  it("teacherForcedMaps differs from the padded batch's maps without the source padding mask", () => {
    const unmasked = createTranslator({ ...DEFAULT_TRANSLATOR_SETTINGS, heads: 2, ablations: { unmaskedSourcePadding: true } }, dataset);
    const batch = seq2seqForward(unmasked.params, unmasked.config, pairsToBatch([long, short], dataset.english, dataset.french));
    expect(teacherForcedMaps(unmasked, dataset, short).heads).not.toEqual(crossAttentionMaps(batch.items[1], short).heads);
  });
});
