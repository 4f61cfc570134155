import { greedyDecode, type ModelConfig, type ModelParams } from "../model";
import { BOS, EOS, PAD, type Vocabulary } from "./translationVocabulary";

/** One step of a greedy translation. */
export interface TranslationStep {
  /** The French words chosen before this step. */
  prefix: string[];
  /** The word this step chose ("<eos>" ends the sentence). */
  chosen: string;
  /** [head][source word]: where this step's query looked in the source, in the last decoder layer. */
  crossWeights: number[][];
}

export interface Translation {
  english: string[];
  /** The translation, without the end token. */
  french: string[];
  steps: TranslationStep[];
  /** false when the length limit stopped decoding before the end token. */
  finished: boolean;
}

/** The most tokens a translation of `words` source words may take: the grammar's translations are as long as their source, so 4 more is room for a wrong guess, and the end token. */
export function translationLimit(words: number): number {
  return words + 4;
}

/**
 * Greedy translation of known English words, step by step: each step's prefix, chosen word and
 * the last decoder layer's cross-attention row of the position that chose it (over the padded
 * source when padTo is given). At most translationLimit(english.length) tokens.
 */
export function translateSteps(
  model: { params: ModelParams; config: ModelConfig },
  vocabularies: { english: Vocabulary; french: Vocabulary },
  english: readonly string[],
  options: { padTo?: number } = {},
): Translation {
  const ids = english.map((w) => vocabularies.english.id(w));
  // Padded as a short sentence is in a training batch (the ablation without the padding mask needs it).
  const src = [...ids, ...new Array<number>(Math.max(0, (options.padTo ?? 0) - ids.length)).fill(PAD)];
  const result = greedyDecode(model.params, model.config, src, { bos: BOS, eos: EOS, maxLength: translationLimit(english.length) });
  const word = (id: number) => vocabularies.french.words[id];
  const steps = result.steps.map((step) => ({
    prefix: step.prefix.slice(1).map(word),
    chosen: word(step.token),
    crossWeights: step.crossWeights[step.crossWeights.length - 1],
  }));
  const finished = result.tokens[result.tokens.length - 1] === EOS;
  return { english: [...english], french: result.tokens.filter((t) => t !== EOS).map(word), steps, finished };
}
