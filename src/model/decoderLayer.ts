import { add, multiHeadCrossAttention, multiHeadCrossAttentionBackward, type KeysValues, type Mask, type Matrix, type MultiHeadTrace } from "../core";
import { feedForward, feedForwardBackward, type FeedForwardTrace } from "./feedForward";
import { attentionScaleOf, type ModelConfig } from "./modelConfig";
import type { ModelParams } from "./modelParams";
import { addMultiHeadGradients, multiHeadParamsAt } from "./multiHeadParamsAt";
import { residualSublayer, residualSublayerBackward, type SublayerTrace } from "./residualSublayer";

/** One decoder layer's sublayers; crossAttention's trace holds the layer's cross-attention weights per head. */
export interface DecoderLayerTrace {
  selfAttention: SublayerTrace<MultiHeadTrace & { input: Matrix }>;
  crossAttention: SublayerTrace<MultiHeadTrace & { input: Matrix }>;
  feedForward: SublayerTrace<FeedForwardTrace>;
}

/** The two masks of a decoder layer. */
export interface DecoderMasks {
  /** (Lt, Lt): causal AND target padding, for masked self-attention. */
  self: Mask;
  /** (Lt, Ls): source padding, for cross-attention. */
  cross: Mask;
}

/**
 * Decoder layer `layer`, as nn.TransformerDecoderLayer: masked self-attention over the target,
 * then cross-attention (queries from the target, keys and values from the encoder's `memory`
 * (Ls, dModel)), then the feed-forward network, each with its residual and norm.
 * `crossKeysValues`: this layer's cross-attention K and V, projected once from the memory.
 * x (Lt, dModel) -> (Lt, dModel).
 */
export function decoderLayer(
  x: Matrix,
  memory: Matrix,
  params: ModelParams,
  config: ModelConfig,
  layer: number,
  masks: DecoderMasks,
  crossKeysValues?: KeysValues,
): DecoderLayerTrace {
  const prefix = `decoder.${layer}`;
  const { layerNormEps: eps, normFirst, heads } = config;
  const self = multiHeadParamsAt(params, `${prefix}.selfAttention`, heads);
  const cross = multiHeadParamsAt(params, `${prefix}.crossAttention`, heads);
  const selfAttention = residualSublayer(x, params, `${prefix}.norm1`, eps, normFirst, (h) => {
    const trace = multiHeadCrossAttention(h, h, h, self, { allowed: masks.self, scale: attentionScaleOf(config) }); // (Lt, dModel) over itself, causal
    return { output: trace.output, trace: { ...trace, input: h } };
  });
  const crossAttention = residualSublayer(selfAttention.output, params, `${prefix}.norm2`, eps, normFirst, (h) => {
    const trace = multiHeadCrossAttention(h, memory, memory, cross, { allowed: masks.cross, keysValues: crossKeysValues, scale: attentionScaleOf(config) }); // (Lt, dModel) over (Ls, dModel)
    return { output: trace.output, trace: { ...trace, input: h } };
  });
  const ff = residualSublayer(crossAttention.output, params, `${prefix}.norm3`, eps, normFirst, (h) => {
    const trace = feedForward(h, params, `${prefix}.feedForward`);
    return { output: trace.output, trace };
  });
  return { selfAttention, crossAttention, feedForward: ff };
}

/**
 * Backward of decoderLayer: adds the layer's parameter gradients into `grads` and returns dX
 * (Lt, dModel) and dMemory (Ls, dModel), the memory's share through this layer's keys and values.
 */
export function decoderLayerBackward(
  trace: DecoderLayerTrace,
  memory: Matrix,
  params: ModelParams,
  config: ModelConfig,
  layer: number,
  dOutput: Matrix,
  grads: Map<string, Matrix>,
): { dX: Matrix; dMemory: Matrix } {
  const prefix = `decoder.${layer}`;
  const self = multiHeadParamsAt(params, `${prefix}.selfAttention`, config.heads);
  const cross = multiHeadParamsAt(params, `${prefix}.crossAttention`, config.heads);
  let dMemory: Matrix | undefined;
  const dAfterCross = residualSublayerBackward(trace.feedForward, params, `${prefix}.norm3`, dOutput, grads, (inner, d) =>
    feedForwardBackward(inner, params, `${prefix}.feedForward`, d, grads),
  );
  const dAfterSelf = residualSublayerBackward(trace.crossAttention, params, `${prefix}.norm2`, dAfterCross, grads, (inner, d) => {
    const g = multiHeadCrossAttentionBackward(inner.input, memory, memory, cross, inner, d);
    addMultiHeadGradients(grads, `${prefix}.crossAttention`, g);
    dMemory = add(g.dKey, g.dValue); // (Ls, dModel): the memory gave both the keys and the values
    return g.dQuery;
  });
  const dX = residualSublayerBackward(trace.selfAttention, params, `${prefix}.norm1`, dAfterSelf, grads, (inner, d) => {
    const g = multiHeadCrossAttentionBackward(inner.input, inner.input, inner.input, self, inner, d);
    addMultiHeadGradients(grads, `${prefix}.selfAttention`, g);
    return add(add(g.dQuery, g.dKey), g.dValue); // (Lt, dModel)
  });
  return { dX, dMemory: dMemory! };
}
