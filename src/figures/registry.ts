import type { Figure, FigureDefinition } from "./figureDefinition";
import type { Lang } from "../i18n/lang";

/**
 * Every live figure by name. Dynamic imports so the browser downloads a figure's code only when
 * that figure scrolls into view. To add a figure: write src/figures/<name>.ts, add one line here.
 */
export const figureRegistry: Record<string, () => Promise<{ default: Figure<any> }>> = {
  "weights-temperature": () => import("./weightsTemperature"),
  "scaling-lab": () => import("./scalingLab"),
  "masking-lab": () => import("./maskingLab"),
  "multihead-lab": () => import("./multiHeadLab"),
  "why-scale-variance": () => import("./whyScaleVariance"),
  "why-scale-saturation": () => import("./whyScaleSaturation"),
  "why-scale-entropy": () => import("./whyScaleEntropy"),
  "softmax-stability-shift": () => import("./softmaxStabilityShift"),
  "softmax-stability-temperature": () => import("./softmaxStabilityTemperature"),
  "masking-padding": () => import("./maskingPadding"),
  "masking-fully-masked": () => import("./maskingFullyMasked"),
  "masking-conventions": () => import("./maskingConventions"),
  "multihead-heads": () => import("./multiHeadHeads"),
  "multihead-params": () => import("./multiHeadParams"),
  "wild-perceiver": () => import("./wildPerceiver"),
  "wild-image-patches": () => import("./wildImagePatches"),
  "build-stages": () => import("./buildStages"),
  "build-batch": () => import("./buildBatch"),
  "misconceptions-dropout": () => import("./misconceptionsDropout"),
  "misconceptions-self-attention": () => import("./misconceptionsSelfAttention"),
  "soft-lookup-weights": () => import("./softLookupWeights"),
  "soft-lookup-average": () => import("./softLookupAverage"),
  "qkv-sources": () => import("./qkvSources"),
  "qkv-shapes": () => import("./qkvShapes"),
  "scores-dot-product": () => import("./scoresDotProduct"),
  "scores-softmax-axis": () => import("./scoresSoftmaxAxis"),
  "fast-attention-blocks": () => import("./fastAttentionBlocks"),
  "fast-attention-precision": () => import("./fastAttentionPrecision"),
  "fast-attention-mask-fill": () => import("./fastAttentionMaskFill"),
  "positions-permutation": () => import("./positionsPermutation"),
  "positions-sinusoidal": () => import("./positionsSinusoidal"),
  "positions-repeated": () => import("./positionsRepeated"),
  "backward-stages": () => import("./backwardStages"),
  "backward-gradient-norms": () => import("./backwardGradientNorms"),
  "decoder-block": () => import("./decoderBlock"),
  "decoder-stream-norm": () => import("./decoderStreamNorm"),
  "pytorch-shapes": () => import("./pytorchShapes"),
  "pytorch-mask-conventions": () => import("./pytorchMaskConventions"),
  "training-batch": () => import("./trainingBatch"),
  "training-ablations": () => import("./trainingAblations"),
  "decoding-cache-memory": () => import("./decodingCacheMemory"),
  "decoding-cross-cost": () => import("./decodingCrossCost"),
};

/** Loads a figure by name in the words of edition `lang`, with an error that lists the names that exist. */
export async function loadFigure(name: string, lang: Lang): Promise<FigureDefinition<any>> {
  const load = figureRegistry[name];
  if (!load) throw new Error(`LiveFigure: no figure named "${name}"; known figures: ${Object.keys(figureRegistry).join(", ")}`);
  return (await load()).default[lang];
}
