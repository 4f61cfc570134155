import { AttentionError, assertIntegerInRange } from "../core";

/** The sizes and choices of the tiny encoder-decoder, named as nn.Transformer names them. */
export interface ModelConfig {
  dModel: number;
  heads: number;
  /** Width of the feed-forward network's hidden layer. */
  dFF: number;
  encoderLayers: number;
  decoderLayers: number;
  /** true: pre-norm (x + f(LN(x))), as most current models; false: post-norm (LN(x + f(x))), as the 2017 paper. */
  normFirst: boolean;
  layerNormEps: number;
  srcVocab: number;
  tgtVocab: number;
  /** The padding token's id, the same in both vocabularies; padded positions are masked as keys. */
  padId: number;
  /**
   * Ablations, each switching off one thing a lesson claims matters (all absent: nn.Transformer):
   * unscaled: attention scores are not multiplied by 1/sqrt(dk);
   * unmaskedSourcePadding: source padding is not blocked as keys (encoder and cross-attention);
   * noSourcePositions: the source gets no positional encodings, so the encoder sees a bag of words.
   */
  ablations?: { unscaled?: boolean; unmaskedSourcePadding?: boolean; noSourcePositions?: boolean };
}

/** Refuses sizes the model cannot be built with, naming the field and the rule. */
export function checkModelConfig(config: ModelConfig): void {
  const op = "model";
  for (const name of ["dModel", "heads", "dFF", "encoderLayers", "decoderLayers", "srcVocab", "tgtVocab"] as const) {
    assertIntegerInRange(config[name], op, name, 1);
  }
  if (config.dModel % config.heads !== 0) {
    throw new AttentionError(op, { code: "headsDivideModel", params: { dModel: config.dModel, heads: config.heads } });
  }
  if (!(config.layerNormEps > 0)) throw new AttentionError(op, { code: "modelEps", params: { eps: config.layerNormEps } });
  assertIntegerInRange(config.padId, op, "padId", 0, Math.min(config.srcVocab, config.tgtVocab) - 1);
}
