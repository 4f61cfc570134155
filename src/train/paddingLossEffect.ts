import { crossEntropy } from "../core";
import { seq2seqForward, type ModelConfig, type ModelParams } from "../model";
import { pairsToBatch } from "./pairsToBatch";
import type { TranslationPair } from "./translationGrammar";
import { PAD, type Vocabulary } from "./translationVocabulary";

/** What padding the targets does to a batch's outputs and loss. */
export interface PaddingLossEffect {
  /** The batch's loss, padding ignored (the loss mask), per real target token. */
  masked: number;
  /** The same mean computed from each pair alone, unpadded (token-weighted): equal to `masked` up to rounding. */
  separately: number;
  /** The batch's loss if the <pad> positions counted as tokens to predict (no loss mask). */
  unmasked: number;
  /** How many target positions are padding, and the largest |logit| at them: they do produce outputs. */
  padPositions: number;
  padLogitMax: number;
}

/** Runs a padded batch of `pairs` and each pair alone through the model, and compares the losses. */
export function paddingLossEffect(
  model: { params: ModelParams; config: ModelConfig },
  vocabularies: { english: Vocabulary; french: Vocabulary },
  pairs: readonly TranslationPair[],
): PaddingLossEffect {
  const batch = pairsToBatch(pairs, vocabularies.english, vocabularies.french);
  const trace = seq2seqForward(model.params, model.config, batch);
  let weighted = 0;
  let tokens = 0;
  for (const pair of pairs) {
    const alone = seq2seqForward(model.params, model.config, pairsToBatch([pair], vocabularies.english, vocabularies.french));
    const n = pair.french.length + 1; // the words and <eos>
    weighted += alone.loss.loss * n;
    tokens += n;
  }
  // Every item's logits stacked, (sum of Lt, tgtVocab), scored with <pad> as an ordinary class.
  const targets = batch.tgtOut.flat();
  const rows = trace.items.reduce((n, item) => n + item.logits.rows, 0);
  const stacked = new Float64Array(rows * model.config.tgtVocab);
  trace.items.forEach((item, b) => stacked.set(item.logits.data, b * item.logits.data.length));
  const all = { rows, cols: model.config.tgtVocab, data: stacked };
  let padLogitMax = 0;
  targets.forEach((t, r) => {
    if (t !== PAD) return;
    for (let c = 0; c < all.cols; ++c) padLogitMax = Math.max(padLogitMax, Math.abs(stacked[r * all.cols + c]));
  });
  return {
    masked: trace.loss.loss,
    separately: weighted / tokens,
    unmasked: crossEntropy(all, targets).loss,
    padPositions: targets.filter((t) => t === PAD).length,
    padLogitMax,
  };
}
