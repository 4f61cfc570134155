import { AttentionError, argmaxRows, assertIntegerInRange, projectKeysValues, type KeysValues } from "../core";
import { checkModelConfig, type ModelConfig } from "./modelConfig";
import { checkModelParams, type ModelParams } from "./modelParams";
import { multiHeadParamsAt } from "./multiHeadParamsAt";
import { decode, encode } from "./seq2seqForward";

export interface GreedyDecodeOptions {
  /** The begin token every target starts with. */
  bos: number;
  /** The end token: decoding stops once it is chosen. */
  eos: number;
  /** The most tokens to produce (the end token included). */
  maxLength: number;
  /**
   * true (default): each decoder layer projects its cross-attention K and V from the memory once
   * per sentence and reuses them at every step; false: projects them again at every step, as a
   * decoder without the cache would. Both give the same tokens and weights, bit for bit.
   */
  cacheCrossKeysValues?: boolean;
}

/** One decoding step: the prefix it read, the token it chose, and where that position looked in the source. */
export interface GreedyStep {
  /** The tokens so far, the begin token first. */
  prefix: number[];
  /** The chosen (highest-scoring) next token. */
  token: number;
  /** [layer][head][source position]: the cross-attention weights of the prefix's last position. */
  crossWeights: number[][][];
}

export interface GreedyDecodeResult {
  /** The produced tokens, without the begin token, ending with the end token unless maxLength ran out. */
  tokens: number[];
  steps: GreedyStep[];
  /** How many times a decoder layer projected the memory into cross-attention K and V. */
  crossProjections: number;
}

/**
 * Greedy autoregressive decoding of one source sentence: encode it once, then repeatedly run
 * the decoder over the prefix and append the highest-scoring token, until the end token or
 * maxLength. The cross-attention K and V depend only on the source, so they are projected once
 * per layer (cacheCrossKeysValues), unlike the decoder's self-attention, whose keys grow by one
 * position per step (recomputed here over the whole prefix).
 */
export function greedyDecode(
  params: ModelParams,
  config: ModelConfig,
  srcIds: readonly number[],
  options: GreedyDecodeOptions,
): GreedyDecodeResult {
  checkModelConfig(config);
  checkModelParams(params, config);
  const { bos, eos, maxLength, cacheCrossKeysValues = true } = options;
  assertIntegerInRange(bos, "greedyDecode", "bos", 0, config.tgtVocab - 1);
  assertIntegerInRange(eos, "greedyDecode", "eos", 0, config.tgtVocab - 1);
  assertIntegerInRange(maxLength, "greedyDecode", "maxLength", 1);
  if (srcIds.every((id) => id === config.padId)) {
    throw new AttentionError("greedyDecode", { code: "sourceEmpty", params: {} });
  }
  const { memory } = encode(params, config, srcIds);
  let crossProjections = 0;
  const project = (): KeysValues[] =>
    Array.from({ length: config.decoderLayers }, (_, l) => {
      crossProjections += 1;
      return projectKeysValues(memory, memory, multiHeadParamsAt(params, `decoder.${l}.crossAttention`, config.heads)); // each (Ls, dModel)
    });
  const cached = cacheCrossKeysValues ? project() : undefined;

  const prefix = [bos];
  const steps: GreedyStep[] = [];
  while (steps.length < maxLength) {
    const trace = decode(params, config, memory, srcIds, prefix, cached ?? project());
    const last = prefix.length - 1;
    const token = argmaxRows({ rows: 1, cols: trace.logits.cols, data: trace.logits.data.subarray(last * trace.logits.cols) })[0];
    const crossWeights = trace.decoder.map((layer) =>
      layer.crossAttention.inner.perHead.map((head) => {
        const w = head.attention.weights; // (Lt, Ls)
        return Array.from(w.data.subarray(last * w.cols, (last + 1) * w.cols));
      }),
    );
    steps.push({ prefix: [...prefix], token, crossWeights });
    prefix.push(token);
    if (token === eos) break;
  }
  return { tokens: prefix.slice(1), steps, crossProjections };
}
