import { seq2seqItem, type ModelConfig, type ModelParams } from "../model";

/**
 * How much changing the decoder's input token at `position` moves the logits, before that
 * position and from it on: the largest |Δ logit| of each part. Under the causal mask the first is
 * exactly 0, which is what makes teacher forcing honest: a position's prediction never depends on
 * the words it is being taught to predict.
 */
export function futureTokenEffect(
  model: { params: ModelParams; config: ModelConfig },
  srcIds: readonly number[],
  tgtIn: readonly number[],
  position: number,
  replacement: number,
): { before: number; from: number } {
  const changed = tgtIn.map((id, i) => (i === position ? replacement : id));
  const a = seq2seqItem(model.params, model.config, srcIds, tgtIn).logits; // (Lt, tgtVocab)
  const b = seq2seqItem(model.params, model.config, srcIds, changed).logits;
  let before = 0;
  let from = 0;
  for (let n = 0; n < a.data.length; ++n) {
    const d = Math.abs(a.data[n] - b.data[n]);
    if (Math.floor(n / a.cols) < position) before = Math.max(before, d);
    else from = Math.max(from, d);
  }
  return { before, from };
}
