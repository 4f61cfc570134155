import { translationDataset, type TranslationDataset } from "./translationDataset";
import type { TranslationPair } from "./translationGrammar";

/** The lab's data: one fixed draw from the grammar, so every reader's run (whatever its seed) learns and is judged on the same sentences. */
export const LAB_DATASET = { seed: 0, sizes: { train: 2000, validation: 200, test: 200 } } as const;

/** Validation pairs the lab evaluates on while it trains: few, so an evaluation costs a few training steps. */
export const LAB_EVALUATION_PAIRS = 32;

let cached: TranslationDataset | undefined;

/** The lab's dataset (drawn once per page or process). */
export function labDataset(): TranslationDataset {
  cached ??= translationDataset(LAB_DATASET.seed, LAB_DATASET.sizes);
  return cached;
}

/** The fixed validation subset every evaluation of the lab uses. */
export function labEvaluationPairs(dataset: TranslationDataset): TranslationPair[] {
  return dataset.validation.slice(0, LAB_EVALUATION_PAIRS);
}

/**
 * The probe sentences a reader can pick: the first validation pair of each length in `lengths`
 * (7 words: two adjectives to move and two articles to agree; 3 words: one noun phrase; ...), so
 * each shows the reordering in a different setting.
 */
export function labProbes(dataset: TranslationDataset, lengths: readonly number[] = [7, 6, 3, 5]): TranslationPair[] {
  return lengths.map((n) => {
    const pair = dataset.validation.find((p) => p.english.length === n);
    if (!pair) throw new Error(`labProbes: no validation sentence has ${n} words; choose other lengths`);
    return pair;
  });
}
