import { describe, expect, it } from "vitest";
import { get } from "../../../src/core";
import {
  fromTorchStateDict,
  parameterShapes,
  toTorchStateDict,
  torchParameterNames,
  type ModelConfig,
  type TorchTensor,
} from "../../../src/model";
import { loadFixtureFile } from "../../oracle/fixtureFile";
import { tinyConfig, tinyParams } from "./tinyModel";

interface Seq2seqCase {
  name: string;
  config: ModelConfig & { activation?: string };
  params: Record<string, TorchTensor>;
}

// The PyTorch fixtures the gradient oracle checks the whole model against (state_dict names as PyTorch writes them).
const { file, fixtures, error } = loadFixtureFile<{ seq2seq: Seq2seqCase[] }>("GRADIENT_FIXTURES", "gradient-oracle.json");
if (!fixtures?.seq2seq?.length) throw new Error(`no seq2seq cases in the gradient fixtures at ${file}: ${String(error)}`);
const cases = fixtures.seq2seq;
const configOf = (c: Seq2seqCase): ModelConfig => {
  const { activation: _relu, ...config } = c.config;
  return config;
};

/** nn.Transformer's state_dict names for one encoder and one decoder layer, written out by hand, plus the wrapper's. */
const TORCH_NAMES_1_1 = [
  "srcEmbedding.weight",
  "tgtEmbedding.weight",
  ...["self_attn.in_proj_weight", "self_attn.in_proj_bias", "self_attn.out_proj.weight", "self_attn.out_proj.bias",
    "linear1.weight", "linear1.bias", "linear2.weight", "linear2.bias",
    "norm1.weight", "norm1.bias", "norm2.weight", "norm2.bias"].map((n) => `transformer.encoder.layers.0.${n}`),
  "transformer.encoder.norm.weight",
  "transformer.encoder.norm.bias",
  ...["self_attn.in_proj_weight", "self_attn.in_proj_bias", "self_attn.out_proj.weight", "self_attn.out_proj.bias",
    "multihead_attn.in_proj_weight", "multihead_attn.in_proj_bias", "multihead_attn.out_proj.weight", "multihead_attn.out_proj.bias",
    "linear1.weight", "linear1.bias", "linear2.weight", "linear2.bias",
    "norm1.weight", "norm1.bias", "norm2.weight", "norm2.bias", "norm3.weight", "norm3.bias"].map((n) => `transformer.decoder.layers.0.${n}`),
  "transformer.decoder.norm.weight",
  "transformer.decoder.norm.bias",
  "generator.weight",
  "generator.bias",
];

describe("torchParameterNames", () => {
  it("torchParameterNames(config) lists nn.Transformer's state_dict names for one layer each side, no more, no fewer", () => {
    const names = torchParameterNames(tinyConfig({ encoderLayers: 1, decoderLayers: 1 })).map((e) => e.torch);
    expect(names.length).toBe(new Set(names).size);
    expect([...names].sort()).toEqual([...TORCH_NAMES_1_1].sort());
  });
  it("torchParameterNames(config) covers each of our parameters exactly once", () => {
    const config = tinyConfig({ encoderLayers: 2, decoderLayers: 3 });
    const ours = torchParameterNames(config).flatMap((e) => e.ours);
    expect(ours.length).toBe(new Set(ours).size);
    expect([...ours].sort()).toEqual([...parameterShapes(config).keys()].sort());
  });
  it("torchParameterNames(config) stacks W_Q, W_K, W_V in that order in in_proj_weight and its bias", () => {
    const entries = torchParameterNames(tinyConfig());
    const at = (torch: string) => entries.find((e) => e.torch === torch)!.ours;
    expect(at("transformer.decoder.layers.1.multihead_attn.in_proj_weight")).toEqual([
      "decoder.1.crossAttention.wq", "decoder.1.crossAttention.wk", "decoder.1.crossAttention.wv",
    ]);
    expect(at("transformer.encoder.layers.0.self_attn.in_proj_bias")).toEqual([
      "encoder.0.selfAttention.bq", "encoder.0.selfAttention.bk", "encoder.0.selfAttention.bv",
    ]);
    expect(at("transformer.decoder.layers.0.norm3.weight")).toEqual(["decoder.0.norm3.gamma"]);
  });
  for (const c of cases) {
    it(`torchParameterNames(config) maps every state_dict name of the PyTorch fixture ${c.name}, with none left over`, () => {
      const names = torchParameterNames(configOf(c)).map((e) => e.torch);
      expect([...names].sort()).toEqual(Object.keys(c.params).sort());
    });
  }
});

describe("fromTorchStateDict / toTorchStateDict", () => {
  for (const c of cases) {
    it(`toTorchStateDict(fromTorchStateDict(sd)) gives the fixture ${c.name}'s state_dict back exactly`, () => {
      const config = configOf(c);
      expect(toTorchStateDict(fromTorchStateDict(c.params, config), config)).toEqual(c.params);
    });
  }
  it("fromTorchStateDict(sd) makes parameters of the shapes parameterShapes gives", () => {
    const c = cases[0];
    const config = configOf(c);
    const params = fromTorchStateDict(c.params, config);
    for (const [name, [rows, cols]] of parameterShapes(config)) {
      const p = params.get(name)!;
      expect([p.rows, p.cols], name).toEqual([rows, cols]);
    }
  });
  it("fromTorchStateDict(sd) reads in_proj_weight rows 0..d-1 as wq transposed, d..2d-1 as wk, 2d..3d-1 as wv", () => {
    const c = cases[0];
    const config = configOf(c);
    const d = config.dModel;
    const params = fromTorchStateDict(c.params, config);
    const inProj = c.params["transformer.decoder.layers.0.multihead_attn.in_proj_weight"] as number[][]; // [3 d, d]
    // PyTorch's Linear computes x W^T (W [out, in]); ours x W (W [in, out]): torch W[r][col] is ours W[col][r].
    expect(get(params.get("decoder.0.crossAttention.wq")!, 5, 2)).toBe(inProj[2][5]);
    expect(get(params.get("decoder.0.crossAttention.wk")!, 1, 3)).toBe(inProj[d + 3][1]);
    expect(get(params.get("decoder.0.crossAttention.wv")!, 7, 0)).toBe(inProj[2 * d + 0][7]);
    const bias = c.params["transformer.decoder.layers.0.multihead_attn.in_proj_bias"] as number[];
    expect(Array.from(params.get("decoder.0.crossAttention.bk")!.data)).toEqual(bias.slice(d, 2 * d));
  });
  it("fromTorchStateDict(sd) transposes Linear weights but keeps embeddings as they are", () => {
    const c = cases[0];
    const config = configOf(c);
    const params = fromTorchStateDict(c.params, config);
    const linear1 = c.params["transformer.encoder.layers.0.linear1.weight"] as number[][]; // [dFF, dModel]
    expect(get(params.get("encoder.0.feedForward.w1")!, 3, 11)).toBe(linear1[11][3]);
    const generator = c.params["generator.weight"] as number[][]; // [tgtVocab, dModel]
    expect(get(params.get("generator.w")!, 6, 8)).toBe(generator[8][6]);
    const table = c.params["tgtEmbedding.weight"] as number[][]; // [tgtVocab, dModel], a lookup table
    expect(get(params.get("tgtEmbedding")!, 8, 6)).toBe(table[8][6]);
  });
  it("fromTorchStateDict(toTorchStateDict(params)) gives our parameters back exactly for two layers each side", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const back = fromTorchStateDict(toTorchStateDict(params, config), config);
    expect([...back.keys()].sort()).toEqual([...params.keys()].sort());
    for (const [name, p] of params) expect(back.get(name), name).toEqual(p);
  });
  it("fromTorchStateDict(sd) refuses a name the model does not have, naming it", () => {
    const c = cases[0];
    const sd = { ...c.params, "transformer.encoder.layers.1.norm1.weight": [1, 1, 1, 1, 1, 1, 1, 1] };
    expect(() => fromTorchStateDict(sd, configOf(c))).toThrow(
      /^fromTorchStateDict: transformer\.encoder\.layers\.1\.norm1\.weight is not a parameter of this model$/,
    );
  });
  it("fromTorchStateDict(sd) refuses a state_dict that lacks a name, naming it", () => {
    const c = cases[0];
    const { "transformer.decoder.layers.0.multihead_attn.in_proj_bias": _gone, ...sd } = c.params;
    expect(() => fromTorchStateDict(sd, configOf(c))).toThrow(
      /^fromTorchStateDict: the state_dict has no transformer\.decoder\.layers\.0\.multihead_attn\.in_proj_bias$/,
    );
  });
  it("toTorchStateDict(params) refuses parameters that lack one, naming it and the tensor it belongs to", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    params.delete("decoder.1.crossAttention.wk");
    expect(() => toTorchStateDict(params, config)).toThrow(
      /^toTorchStateDict: the parameter decoder\.1\.crossAttention\.wk \(part of transformer\.decoder\.layers\.1\.multihead_attn\.in_proj_weight\) is missing$/,
    );
  });
});
