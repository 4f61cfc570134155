// The tiny encoder-decoder Transformer (nn.Transformer semantics) built on the core: pure
// TypeScript, no DOM. One idea per file; this file only re-exports.
export * from "./modelConfig";
export * from "./attentionScaleOf";
export * from "./parameterShapes";
export * from "./modelParams";
export * from "./torchParameterNames";
export * from "./initParams";
export * from "./addGradient";
export * from "./multiHeadParamsAt";
export * from "./addMultiHeadGradients";
export * from "./keyMask";
export * from "./feedForward";
export * from "./residualSublayer";
export * from "./encoderLayer";
export * from "./decoderLayer";
export * from "./seq2seqForward";
export * from "./seq2seqBackward";
export * from "./trainingStep";
export * from "./greedyDecode";
export * from "./decodingCacheCost";
