// The attention core: pure TypeScript, no DOM. One idea per file; this file
// only re-exports, so lessons and islands import from "src/core".
export * from "./errors";
export * from "./matrix";
export * from "./matmul";
export * from "./transpose";
export * from "./add";
export * from "./addRowVector";
export * from "./scale";
export * from "./sliceCols";
export * from "./concatCols";
export * from "./linear";
export * from "./random";
export * from "./mask";
export * from "./keyPaddingMask";
export * from "./causalMask";
export * from "./combineMasks";
export * from "./maskToBias";
export * from "./applyMask";
export * from "./softmax";
export * from "./attention";
export * from "./multiHeadCrossAttention";
export * from "./multiHeadCrossAttentionBatch";
export * from "./rowSums";
export * from "./argmaxRows";
export * from "./entropyRows";
