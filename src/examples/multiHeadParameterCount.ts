import type { MultiHeadParams } from "../core";

/** Learned numbers of one multi-head attention layer, block by block. */
export interface ParameterCount {
  wq: number;
  wk: number;
  wv: number;
  wo: number;
  biases: number;
  total: number;
}

/**
 * Counts parameters from the shapes of the matrices actually built, not from a formula, so the
 * lesson's formula d_model (d_model + kdim + vdim + d_model) + 4 d_model can be checked against it.
 * The head count h never enters: heads slice W_Q, W_K, W_V; they do not add weights.
 */
export function multiHeadParameterCount(params: MultiHeadParams): ParameterCount {
  const size = (m: { rows: number; cols: number }) => m.rows * m.cols;
  const wq = size(params.wq); // dModel x dModel
  const wk = size(params.wk); // kdim x dModel
  const wv = size(params.wv); // vdim x dModel
  const wo = size(params.wo); // dModel x dModel
  const biases = [params.bq, params.bk, params.bv, params.bo].reduce((n, b) => n + (b?.length ?? 0), 0);
  return { wq, wk, wv, wo, biases, total: wq + wk + wv + wo + biases };
}
