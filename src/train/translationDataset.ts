import { AttentionError, assertIntegerInRange, createRandom } from "../core";
import { grammarWords, translationPair, type TranslationPair } from "./translationGrammar";
import { vocabulary, type Vocabulary } from "./translationVocabulary";

/** Train, validation and test pairs (no English sentence in two splits) and both vocabularies. */
export interface TranslationDataset {
  /** What it was drawn from: a checkpoint records it, and refuses another dataset. */
  spec: { seed: number; sizes: { train: number; validation: number; test: number } };
  train: TranslationPair[];
  validation: TranslationPair[];
  test: TranslationPair[];
  english: Vocabulary;
  french: Vocabulary;
}

/**
 * Draws distinct sentence pairs from the grammar with a seeded generator (the same pairs on every
 * machine for the same seed and sizes) and splits them, so validation and test sentences are
 * never seen in training.
 */
export function translationDataset(seed: number, sizes: { train: number; validation: number; test: number }): TranslationDataset {
  for (const [name, n] of Object.entries(sizes)) assertIntegerInRange(n, "translationDataset", name, 1);
  const total = sizes.train + sizes.validation + sizes.test;
  const rng = createRandom(seed);
  const seen = new Set<string>();
  const pairs: TranslationPair[] = [];
  // The grammar has about 38,000 distinct sentences; far fewer draws than that find `total` new ones.
  for (let draws = 0; pairs.length < total; ++draws) {
    if (draws > 50 * total) {
      throw new AttentionError("translationDataset", { code: "fewSentences", params: { found: pairs.length, total } });
    }
    const pair = translationPair(rng);
    const key = pair.english.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(pair);
  }
  const words = grammarWords();
  return {
    spec: { seed, sizes: { train: sizes.train, validation: sizes.validation, test: sizes.test } },
    train: pairs.slice(0, sizes.train),
    validation: pairs.slice(sizes.train, sizes.train + sizes.validation),
    test: pairs.slice(sizes.train + sizes.validation),
    english: vocabulary(words.english, "english"),
    french: vocabulary(words.french, "french"),
  };
}
