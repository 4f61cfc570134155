import { seq2seqForward, type ModelConfig, type ModelParams, type Seq2SeqItemTrace } from "../model";
import { alignmentErrorRate } from "./alignmentErrorRate";
import { pairsToBatch } from "./pairsToBatch";
import type { TranslationPair } from "./translationGrammar";
import type { Vocabulary } from "./translationVocabulary";

/** Where one sentence pair's target looked in its source, head by head, and how well that matches the true alignment. */
export interface CrossAttentionMaps {
  /** [head][t][s]: the last decoder layer's cross-attention weights; row t predicts French word t (the last row the end token), column s is English word s. */
  heads: number[][][];
  /** Alignment error rate of each head's rows against the true alignment. */
  headAlignmentError: number[];
  /** Alignment error rate of the heads' mean, as evaluateTranslator counts it. */
  alignmentError: number;
}

/**
 * The teacher-forced cross-attention of one item of a forward pass, with the padding rows and
 * columns of its batch cut off (the pair's own lengths), per head and averaged, scored against
 * the pair's true alignment.
 */
export function crossAttentionMaps(item: Seq2SeqItemTrace, pair: TranslationPair): CrossAttentionMaps {
  const perHead = item.decoder[item.decoder.length - 1].crossAttention.inner.perHead;
  const rows = pair.french.length + 1;
  const heads = perHead.map((h) => {
    const w = h.attention.weights; // (Lt, Ls) of the padded batch
    return Array.from({ length: rows }, (_, t) => Array.from(w.data.subarray(t * w.cols, t * w.cols + pair.english.length)));
  });
  const words = pair.french.length; // the end token's row has no word to align
  const mean = Array.from({ length: words }, (_, t) => pair.english.map((_, s) => heads.reduce((sum, h) => sum + h[t][s], 0) / heads.length));
  return {
    heads,
    headAlignmentError: heads.map((h) => alignmentErrorRate(h.slice(0, words), pair.alignment)),
    alignmentError: alignmentErrorRate(mean, pair.alignment),
  };
}

/** One pair's maps under a model, the reference French fed to the decoder (teacher forcing), as training sees it. */
export function teacherForcedMaps(
  model: { params: ModelParams; config: ModelConfig },
  vocabularies: { english: Vocabulary; french: Vocabulary },
  pair: TranslationPair,
): CrossAttentionMaps {
  const trace = seq2seqForward(model.params, model.config, pairsToBatch([pair], vocabularies.english, vocabularies.french));
  return crossAttentionMaps(trace.items[0], pair);
}
