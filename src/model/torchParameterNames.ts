import { AttentionError, fromRows, toRows, transpose, type Matrix } from "../core";
import type { ModelConfig } from "./modelConfig";
import type { ModelParams } from "./modelParams";

/** A PyTorch tensor as nested arrays: a weight [out, in] or a vector [n]. */
export type TorchTensor = number[] | number[][];

/**
 * One PyTorch state_dict entry and the parameters of ours it holds, stacked along its first
 * dimension in order. PyTorch stores a Linear weight [out, in]; ours are [in, out], so weights
 * are transposed. in_proj_weight [3 dModel, dModel] stacks W_Q, W_K and W_V.
 */
interface TorchEntry {
  torch: string;
  ours: string[];
  /** "weight": 2-D, stored transposed in PyTorch; "table": 2-D as it is (an embedding); "vector": 1-D. */
  kind: "weight" | "table" | "vector";
}

/** The one map between PyTorch's parameter names and the model's, for the given config. */
export function torchParameterNames(config: ModelConfig): TorchEntry[] {
  const entries: TorchEntry[] = [
    { torch: "srcEmbedding.weight", ours: ["srcEmbedding"], kind: "table" },
    { torch: "tgtEmbedding.weight", ours: ["tgtEmbedding"], kind: "table" },
  ];
  const attention = (torch: string, ours: string) => {
    entries.push(
      { torch: `${torch}.in_proj_weight`, ours: [`${ours}.wq`, `${ours}.wk`, `${ours}.wv`], kind: "weight" },
      { torch: `${torch}.in_proj_bias`, ours: [`${ours}.bq`, `${ours}.bk`, `${ours}.bv`], kind: "vector" },
      { torch: `${torch}.out_proj.weight`, ours: [`${ours}.wo`], kind: "weight" },
      { torch: `${torch}.out_proj.bias`, ours: [`${ours}.bo`], kind: "vector" },
    );
  };
  const feedForward = (torch: string, ours: string) => {
    entries.push(
      { torch: `${torch}.linear1.weight`, ours: [`${ours}.feedForward.w1`], kind: "weight" },
      { torch: `${torch}.linear1.bias`, ours: [`${ours}.feedForward.b1`], kind: "vector" },
      { torch: `${torch}.linear2.weight`, ours: [`${ours}.feedForward.w2`], kind: "weight" },
      { torch: `${torch}.linear2.bias`, ours: [`${ours}.feedForward.b2`], kind: "vector" },
    );
  };
  const norm = (torch: string, ours: string) => {
    entries.push(
      { torch: `${torch}.weight`, ours: [`${ours}.gamma`], kind: "vector" },
      { torch: `${torch}.bias`, ours: [`${ours}.beta`], kind: "vector" },
    );
  };
  for (let l = 0; l < config.encoderLayers; ++l) {
    const torch = `transformer.encoder.layers.${l}`;
    const ours = `encoder.${l}`;
    attention(`${torch}.self_attn`, `${ours}.selfAttention`);
    feedForward(torch, ours);
    norm(`${torch}.norm1`, `${ours}.norm1`);
    norm(`${torch}.norm2`, `${ours}.norm2`);
  }
  norm("transformer.encoder.norm", "encoder.norm");
  for (let l = 0; l < config.decoderLayers; ++l) {
    const torch = `transformer.decoder.layers.${l}`;
    const ours = `decoder.${l}`;
    attention(`${torch}.self_attn`, `${ours}.selfAttention`);
    attention(`${torch}.multihead_attn`, `${ours}.crossAttention`);
    feedForward(torch, ours);
    for (const n of ["norm1", "norm2", "norm3"]) norm(`${torch}.${n}`, `${ours}.${n}`);
  }
  norm("transformer.decoder.norm", "decoder.norm");
  entries.push(
    { torch: "generator.weight", ours: ["generator.w"], kind: "weight" },
    { torch: "generator.bias", ours: ["generator.b"], kind: "vector" },
  );
  return entries;
}

/** Our parameters from a PyTorch state_dict (nested arrays); refuses a missing or unknown name. */
export function fromTorchStateDict(stateDict: Readonly<Record<string, TorchTensor>>, config: ModelConfig): Map<string, Matrix> {
  const entries = torchParameterNames(config);
  const known = new Set(entries.map((e) => e.torch));
  const unknown = Object.keys(stateDict).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new AttentionError("fromTorchStateDict", { code: "notAParameter", params: { names: unknown } });
  const params = new Map<string, Matrix>();
  for (const { torch, ours, kind } of entries) {
    const tensor = stateDict[torch];
    if (tensor === undefined) throw new AttentionError("fromTorchStateDict", { code: "stateDictMissing", params: { name: torch } });
    // A stacked tensor is cut into equal blocks along its first dimension, one per parameter.
    const rows = kind === "vector" ? (tensor as number[]).map((x) => [x]) : (tensor as number[][]);
    const block = rows.length / ours.length;
    ours.forEach((name, t) => {
      const part = fromRows(rows.slice(t * block, (t + 1) * block), torch);
      params.set(name, kind === "table" ? part : transpose(part)); // weight [out, in] -> [in, out]; vector (n, 1) -> (1, n)
    });
  }
  return params;
}

/** Our parameters (or gradients) under PyTorch's names and shapes: the inverse of fromTorchStateDict. */
export function toTorchStateDict(params: ModelParams, config: ModelConfig): Record<string, TorchTensor> {
  const out: Record<string, TorchTensor> = {};
  for (const { torch, ours, kind } of torchParameterNames(config)) {
    const parts = ours.map((name) => {
      const p = params.get(name);
      if (!p) throw new AttentionError("toTorchStateDict", { code: "torchPartMissing", params: { name, torch } });
      return p;
    });
    out[torch] = kind === "vector"
      ? parts.flatMap((p) => Array.from(p.data))
      : parts.flatMap((p) => toRows(kind === "weight" ? transpose(p) : p)); // [in, out] -> [out, in]
  }
  return out;
}
