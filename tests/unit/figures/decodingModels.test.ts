import { describe, expect, it } from "vitest";
import { DECODING_MODELS, decodingModel, decodingModelOptions } from "../../../src/figures/decodingModels";
import { checkpointView } from "../../../src/figures/trainerCheckpoint";

describe("decodingModels", () => {
  it("DECODING_MODELS.lab has the trained checkpoint's width and decoder layers", () => {
    const { config } = checkpointView().model;
    expect(DECODING_MODELS.lab.dModel).toBe(config.dModel);
    expect(DECODING_MODELS.lab.decoderLayers).toBe(config.decoderLayers);
    expect(DECODING_MODELS.lab.label).toContain(`d_model ${config.dModel}`);
  });

  it("decodingModel(name) gives a model's sizes by its option value and refuses a name no option has, listing the names", () => {
    expect(decodingModelOptions.map((o) => o.value)).toEqual(["lab", "base"]);
    expect(decodingModel("base")).toMatchObject({ dModel: 512, decoderLayers: 6 });
    expect(() => decodingModel("big")).toThrow(/^there is no model “big” here; choose one of: lab, base$/);
  });
});
