import { describe, expect, it } from "vitest";
import * as core from "../../../src/core";

describe("index", () => {
  it("src/core/index re-exports every public function of the core", () => {
    const names = [
      "AttentionError", "assertFinite", "assertNonEmpty", "assertSameShape", "assertIntegerInRange", "shapeText",
      "matrix", "zeros", "fromRows", "toRows", "get", "shapeOf",
      "matmul", "transpose", "add", "addRowVector", "scale", "sliceCols", "concatCols", "linear",
      "createRandom", "randomMatrix",
      "maskFromRows", "maskToRows", "allowAll", "keyPaddingMask", "causalMask", "combineMasks", "maskToBias", "applyMask",
      "softmaxRows", "softmaxVector",
      "scaledDotProductAttention", "multiHeadCrossAttention", "multiHeadCrossAttentionBatch",
      "rowSums", "argmaxRows", "entropyRows",
      "assertUpstream", "columnSums", "matmulBackward", "matmulTransposedBackward", "linearBackward",
      "softmaxRowsBackward", "scaledDotProductAttentionBackward", "multiHeadCrossAttentionBackward", "projectKeysValues",
      "layerNorm", "layerNormBackward", "relu", "reluBackward", "embedding", "embeddingBackward", "sinusoidalPositions",
      "crossEntropy", "crossEntropyBackward", "adamState", "adamStep", "gradCheck",
    ];
    for (const name of names) expect(typeof (core as Record<string, unknown>)[name], name).toBe("function");
  });
});
