import { add, multiHeadCrossAttention, multiHeadCrossAttentionBackward, type Mask, type Matrix, type MultiHeadTrace } from "../core";
import { feedForward, feedForwardBackward, type FeedForwardTrace } from "./feedForward";
import { attentionScaleOf, type ModelConfig } from "./modelConfig";
import type { ModelParams } from "./modelParams";
import { addMultiHeadGradients, multiHeadParamsAt } from "./multiHeadParamsAt";
import { residualSublayer, residualSublayerBackward, type SublayerTrace } from "./residualSublayer";

/** One encoder layer's sublayers. */
export interface EncoderLayerTrace {
  selfAttention: SublayerTrace<MultiHeadTrace & { input: Matrix }>;
  feedForward: SublayerTrace<FeedForwardTrace>;
}

/**
 * Encoder layer `layer`, as nn.TransformerEncoderLayer: self-attention over the source (padding
 * blocked as keys by `mask`), then the feed-forward network, each with its residual and norm.
 * x (Ls, dModel) -> (Ls, dModel).
 */
export function encoderLayer(x: Matrix, params: ModelParams, config: ModelConfig, layer: number, mask: Mask): EncoderLayerTrace {
  const prefix = `encoder.${layer}`;
  const attention = multiHeadParamsAt(params, `${prefix}.selfAttention`, config.heads);
  const selfAttention = residualSublayer(x, params, `${prefix}.norm1`, config.layerNormEps, config.normFirst, (h) => {
    const trace = multiHeadCrossAttention(h, h, h, attention, { allowed: mask, scale: attentionScaleOf(config) }); // (Ls, dModel) attends over itself
    return { output: trace.output, trace: { ...trace, input: h } };
  });
  const ff = residualSublayer(selfAttention.output, params, `${prefix}.norm2`, config.layerNormEps, config.normFirst, (h) => {
    const trace = feedForward(h, params, `${prefix}.feedForward`);
    return { output: trace.output, trace };
  });
  return { selfAttention, feedForward: ff };
}

/** Backward of encoderLayer: adds the layer's parameter gradients into `grads` and returns dX (Ls, dModel). */
export function encoderLayerBackward(
  trace: EncoderLayerTrace,
  params: ModelParams,
  config: ModelConfig,
  layer: number,
  dOutput: Matrix,
  grads: Map<string, Matrix>,
): Matrix {
  const prefix = `encoder.${layer}`;
  const attention = multiHeadParamsAt(params, `${prefix}.selfAttention`, config.heads);
  const dMid = residualSublayerBackward(trace.feedForward, params, `${prefix}.norm2`, dOutput, grads, (inner, d) =>
    feedForwardBackward(inner, params, `${prefix}.feedForward`, d, grads),
  );
  return residualSublayerBackward(trace.selfAttention, params, `${prefix}.norm1`, dMid, grads, (inner, d) => {
    const g = multiHeadCrossAttentionBackward(inner.input, inner.input, inner.input, attention, inner, d);
    addMultiHeadGradients(grads, `${prefix}.selfAttention`, g);
    // The input was the query, the key and the value: its gradient is the sum of all three.
    return add(add(g.dQuery, g.dKey), g.dValue); // (Ls, dModel)
  });
}
