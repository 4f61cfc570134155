import type { MultiHeadGradients, MultiHeadParams } from "../core";
import { addGradient } from "./addGradient";
import type { Matrix } from "../core";
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

/** Adds a multi-head backward's weight and bias gradients into `grads` under `prefix`. */
export function addMultiHeadGradients(grads: Map<string, Matrix>, prefix: string, g: MultiHeadGradients): void {
  const pairs: [string, Matrix | Float64Array][] = [
    ["wq", g.dWq], ["wk", g.dWk], ["wv", g.dWv], ["wo", g.dWo],
    ["bq", g.dbq], ["bk", g.dbk], ["bv", g.dbv], ["bo", g.dbo],
  ];
  for (const [name, d] of pairs) addGradient(grads, `${prefix}.${name}`, d);
}
