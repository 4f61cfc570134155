import { describe, expect, it } from "vitest";
import { attentionScaleOf, encoderLayer, keyMask } from "../../../src/model";
import { matrix } from "../../../src/core";
import { tinyConfig, tinyParams } from "./tinyModel";

describe("attentionScaleOf", () => {
  it("attentionScaleOf(config) is 1 under the unscaled ablation and the core's default (undefined) otherwise", () => {
    expect(attentionScaleOf(tinyConfig())).toBeUndefined();
    expect(attentionScaleOf(tinyConfig({ ablations: { noSourcePositions: true } }))).toBeUndefined();
    expect(attentionScaleOf(tinyConfig({ ablations: { unscaled: true } }))).toBe(1);
  });

  it("attentionScaleOf(config) reaches the model's attention: an unscaled encoder layer multiplies its scores by 1, not 1/sqrt(dk)", () => {
    const config = tinyConfig({ ablations: { unscaled: true } });
    const x = matrix(3, config.dModel, Array.from({ length: 3 * config.dModel }, (_, t) => Math.sin(t)));
    const trace = encoderLayer(x, tinyParams(config), config, 0, keyMask(3, [3, 4, 5], config.padId));
    expect(trace.selfAttention.inner.perHead[0].attention.scale).toBe(1);
    const scaled = encoderLayer(x, tinyParams(tinyConfig()), tinyConfig(), 0, keyMask(3, [3, 4, 5], config.padId));
    expect(scaled.selfAttention.inner.perHead[0].attention.scale).toBe(1 / Math.sqrt(config.dModel / config.heads));
  });
});
