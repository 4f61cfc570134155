import type { MultiHeadParams } from "../core";
import type { ModelParams } from "./modelParams";

/** The multi-head attention parameters stored under `prefix` (e.g. "decoder.0.crossAttention"). */
export function multiHeadParamsAt(params: ModelParams, prefix: string, heads: number): MultiHeadParams {
  const at = (name: string) => params.get(`${prefix}.${name}`)!;
  return {
    heads,
    wq: at("wq"),
    wk: at("wk"),
    wv: at("wv"),
    wo: at("wo"),
    bq: at("bq").data,
    bk: at("bk").data,
    bv: at("bv").data,
    bo: at("bo").data,
  };
}
