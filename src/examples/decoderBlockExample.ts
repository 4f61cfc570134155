import { initParams, seq2seqItem, type ModelConfig, type ModelParams, type Seq2SeqItemTrace } from "../model";
import { sourceTokens, targetTokens } from "./translationExample";

/**
 * The decoder-block lesson's model: the tiny encoder-decoder of src/model (nn.Transformer
 * semantics), untrained, with fresh parameters from initParams, run on the running sentence pair
 * "le chat noir dort" -> "the black cat is sleeping". Post-norm and pre-norm share the same
 * parameters (the same seed draws the same shapes), so only the arrangement differs.
 */

export const padToken = "<pad>";
export const beginToken = "<bos>";
export const endToken = "<eos>";
/** Token ids: the padding token is 0 in both vocabularies, as the model requires. */
export const sourceVocab: readonly string[] = [padToken, ...sourceTokens];
export const targetVocab: readonly string[] = [padToken, beginToken, endToken, ...targetTokens];

/** The seed of initParams for every figure and number of the lesson. */
export const decoderBlockSeed = 13;
/** Decoder layers of the lesson's block diagram; the stream figure lets a reader choose. */
export const defaultDecoderLayers = 6;
export const maxDecoderLayers = 12;

export interface DecoderBlockExample {
  config: ModelConfig;
  params: ModelParams;
  /** The source tokens, Ls of them. */
  source: string[];
  /** The decoder's input tokens, Lt of them: the begin token, then the target. */
  targetIn: string[];
  /** The whole forward pass: memory, every decoder layer's sublayers, the final norms, the logits. */
  trace: Seq2SeqItemTrace;
}

/** d_model 8 with 2 heads (d_k 4) and a feed-forward width of 4 d_model, as the 2017 paper's 2048 = 4 x 512. */
export function decoderBlockConfig(normFirst: boolean, decoderLayers = defaultDecoderLayers): ModelConfig {
  if (!Number.isInteger(decoderLayers) || decoderLayers < 1 || decoderLayers > maxDecoderLayers) {
    throw new RangeError(`decoderBlockConfig: ${decoderLayers} decoder layers; choose a whole number from 1 to ${maxDecoderLayers}`);
  }
  return {
    dModel: 8,
    heads: 2,
    dFF: 32,
    encoderLayers: 2,
    decoderLayers,
    normFirst,
    layerNormEps: 1e-5,
    srcVocab: sourceVocab.length,
    tgtVocab: targetVocab.length,
    padId: 0,
  };
}

const ids = (vocab: readonly string[], tokens: readonly string[]) => tokens.map((t) => vocab.indexOf(t));
const cache = new Map<string, DecoderBlockExample>();

/** The lesson's model in one arrangement, run on the sentence pair (computed once per arrangement and depth). */
export function decoderBlockExample(options: { normFirst: boolean; decoderLayers?: number }): DecoderBlockExample {
  const config = decoderBlockConfig(options.normFirst, options.decoderLayers);
  const key = `${config.normFirst}:${config.decoderLayers}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const params = initParams(config, decoderBlockSeed);
  const source = [...sourceTokens];
  const targetIn = [beginToken, ...targetTokens];
  const trace = seq2seqItem(params, config, ids(sourceVocab, source), ids(targetVocab, targetIn));
  const example = { config, params, source, targetIn, trace };
  cache.set(key, example);
  return example;
}
