import { describe, expect, it } from "vitest";
import { checkModelConfig } from "../../../src/model";
import { tinyConfig } from "./tinyModel";

describe("checkModelConfig", () => {
  it("checkModelConfig(config) accepts the tiny config, dk = 1 and one layer each side", () => {
    expect(() => checkModelConfig(tinyConfig())).not.toThrow();
    expect(() => checkModelConfig(tinyConfig({ dModel: 3, heads: 3, encoderLayers: 1, decoderLayers: 1 }))).not.toThrow();
  });
  it("checkModelConfig(config) refuses dModel not divisible by heads, naming both", () => {
    expect(() => checkModelConfig(tinyConfig({ dModel: 6, heads: 4 }))).toThrow(
      /^model: dModel 6 is not divisible by heads 4; choose heads that divide dModel$/,
    );
  });
  it("checkModelConfig(config) refuses a size that is not a positive integer, naming the field", () => {
    expect(() => checkModelConfig(tinyConfig({ heads: 0 }))).toThrow(/^model: heads is 0; it must be an integer >= 1$/);
    expect(() => checkModelConfig(tinyConfig({ dFF: 2.5 }))).toThrow(/^model: dFF is 2.5; it must be an integer >= 1$/);
    expect(() => checkModelConfig(tinyConfig({ encoderLayers: 0 }))).toThrow(/^model: encoderLayers is 0/);
    expect(() => checkModelConfig(tinyConfig({ decoderLayers: -1 }))).toThrow(/^model: decoderLayers is -1/);
    expect(() => checkModelConfig(tinyConfig({ tgtVocab: NaN }))).toThrow(/^model: tgtVocab is NaN/);
  });
  it("checkModelConfig(config) refuses a layerNormEps that is not > 0", () => {
    expect(() => checkModelConfig(tinyConfig({ layerNormEps: 0 }))).toThrow(/^model: layerNormEps is 0; it must be > 0$/);
    expect(() => checkModelConfig(tinyConfig({ layerNormEps: NaN }))).toThrow(/^model: layerNormEps is NaN/);
  });
  it("checkModelConfig(config) refuses a padId outside the smaller vocabulary", () => {
    // srcVocab 7, tgtVocab 6: the pad id must be a token of both, 0..5.
    expect(() => checkModelConfig(tinyConfig({ padId: 5 }))).not.toThrow();
    expect(() => checkModelConfig(tinyConfig({ padId: 6 }))).toThrow(/^model: padId is 6; it must be an integer from 0 to 5$/);
    expect(() => checkModelConfig(tinyConfig({ padId: -1 }))).toThrow(/^model: padId is -1/);
  });
});
