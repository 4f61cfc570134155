import { describe, expect, it } from "vitest";
import { DECODING_MODELS, decodingModel, decodingModelControls, decodingModelOptions } from "../../../src/figures/decodingModels";
import { checkpointView } from "../../../src/figures/trainerCheckpoint";

describe("decodingModels", () => {
  it("DECODING_MODELS.lab has the trained checkpoint's width and decoder layers, and its option names them", () => {
    const { config } = checkpointView().model;
    expect(DECODING_MODELS.lab.dModel).toBe(config.dModel);
    expect(DECODING_MODELS.lab.decoderLayers).toBe(config.decoderLayers);
    expect(decodingModelOptions("en")[0].label).toContain(`d_model ${config.dModel}`);
    expect(decodingModelOptions("zh")[0].label).toBe(`实验面板的翻译模型（d_model ${config.dModel}，${config.decoderLayers} 层）`);
  });

  it("decodingModelOptions(lang) offers the same values in both editions, named in each edition's words", () => {
    expect(decodingModelOptions("en").map((o) => o.value)).toEqual(["lab", "base"]);
    expect(decodingModelOptions("zh").map((o) => o.value)).toEqual(["lab", "base"]);
    expect(decodingModelOptions("en")[1].label).toBe("Transformer base (d_model 512, 6 layers)");
    expect(decodingModelOptions("zh")[1].label).toBe("Transformer base（d_model 512，6 层）");
  });

  it("decodingModel(name, lang) gives a model's sizes by its option value and refuses a name no option has, listing the names", () => {
    expect(decodingModel("base", "en")).toMatchObject({ dModel: 512, decoderLayers: 6 });
    expect(decodingModel("base", "zh")).toMatchObject({ dModel: 512, decoderLayers: 6, label: "Transformer base（d_model 512，6 层）" });
    expect(() => decodingModel("big", "en")).toThrow(/^there is no model “big” here; choose one of: lab, base$/);
    expect(() => decodingModel("big", "zh")).toThrow(/^这里没有模型“big”；请从以下模型中选择：lab、base$/);
  });

  it("decodingModelControls(lang) gives the model select, with decodingModelOptions(lang), and an L_k range of 1 to 50, in the edition's words", () => {
    const [model, sourceLength] = decodingModelControls("zh");
    expect(model).toMatchObject({ kind: "select", name: "model", label: "模型", options: decodingModelOptions("zh") });
    expect(sourceLength).toMatchObject({ kind: "range", name: "sourceLength", label: "源词元数 L_k", min: 1, max: 50, step: 1 });
    expect(decodingModelControls("en").map((c) => c.name)).toEqual(["model", "sourceLength"]);
  });
});
