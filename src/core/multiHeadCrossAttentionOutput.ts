import { attentionScale, scaledOverflowError } from "./attentionScale";
import { checkMultiHeadInputs } from "./checkMultiHeadInputs";
import { AttentionError, assertFinite } from "./errors";
import type { Matrix } from "./matrix";
import { matmulTransposedInto } from "./matmulTransposedInto";
import type { MultiHeadOptions, MultiHeadParams } from "./multiHeadCrossAttention";
import { policyOf, softmaxRowInto } from "./softmax";
import { transpose } from "./transpose";

const OP = "multiHeadCrossAttention";

/** A whole row-major matrix (rows, cols) as a strided window. */
const whole = (data: Float64Array, cols: number) => ({ data, offset: 0, stride: cols });

/** Adds bias[c] to column c of every row of data (rows, cols); absent bias adds nothing. */
function addBiasToRows(data: Float64Array, cols: number, bias: ArrayLike<number> | undefined): void {
  if (bias === undefined) return;
  for (let o = 0; o < data.length; o += cols) for (let c = 0; c < cols; ++c) data[o + c] += bias[c];
}

/**
 * Multi-head cross-attention returning only the output (Lq, dModel): the same computation,
 * checks and errors as multiHeadCrossAttention, and the same numbers bit for bit, without the
 * trace. For long sequences and benchmarks, where the trace's copies (per-head slices and
 * (Lq, Lk) scores, scaled, masked and weights per head) cost time and memory.
 *
 * query (Lq, dModel), key (Lk, kdim), value (Lk, vdim) -> output (Lq, dModel).
 * How: heads read their columns of Q, K in place (no slices); V is transposed once, so
 * weights x V is a row-by-row dot product too; one (Lq, Lk) buffer is reused by every head,
 * scaled and masked in one pass and turned into weights in place. One difference in wording:
 * a projection that overflows (huge inputs) is reported on the projection, where the traced
 * path reports it on the head's Q, K or V.
 */
export function multiHeadCrossAttentionOutput(
  query: Matrix,
  key: Matrix,
  value: Matrix,
  params: MultiHeadParams,
  options: MultiHeadOptions = {},
): Matrix {
  const { Lq, Lk, dModel, dk, mask } = checkMultiHeadInputs(query, key, value, params, options, OP);
  if (options.keysValues) {
    throw new AttentionError(OP, { code: "keysValuesOutputOnly", params: {} });
  }
  const factor = attentionScale(dk, options.scale);
  const policy = policyOf({ fullyMasked: options.fullyMasked });
  const kdim = key.cols;
  const vdim = value.cols;

  // 1. Project. Weights are stored [in, out]; their transposes make each product row-by-row.
  const q = new Float64Array(Lq * dModel);
  matmulTransposedInto(whole(query.data, dModel), whole(transpose(params.wq).data, dModel), whole(q, dModel), Lq, dModel, dModel); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
  addBiasToRows(q, dModel, params.bq);
  const k = new Float64Array(Lk * dModel);
  matmulTransposedInto(whole(key.data, kdim), whole(transpose(params.wk).data, kdim), whole(k, dModel), Lk, dModel, kdim); // (Lk, kdim) x (kdim, dModel) -> (Lk, dModel)
  addBiasToRows(k, dModel, params.bk);
  const v = new Float64Array(Lk * dModel);
  matmulTransposedInto(whole(value.data, vdim), whole(transpose(params.wv).data, vdim), whole(v, dModel), Lk, dModel, vdim); // (Lk, vdim) x (vdim, dModel) -> (Lk, dModel)
  addBiasToRows(v, dModel, params.bv);
  // Huge inputs can overflow a projection; say so here rather than as NaN scores later.
  assertFinite({ rows: Lq, cols: dModel, data: q }, OP, "Q = query wq + bq");
  assertFinite({ rows: Lk, cols: dModel, data: k }, OP, "K = key wk + bk");
  assertFinite({ rows: Lk, cols: dModel, data: v }, OP, "V = value wv + bv");
  // V^T: row c holds column c of V, so head h's values are rows [h dk, (h + 1) dk) and
  // weights x V becomes a row-by-row dot product like the scores.
  const vT = transpose({ rows: Lk, cols: dModel, data: v }).data; // (Lk, dModel) -> (dModel, Lk)

  const weights = new Float64Array(Lq * Lk); // one head's (Lq, Lk) scores, then weights, in place
  const concat = new Float64Array(Lq * dModel);
  for (let head = 0; head < params.heads; ++head) {
    // 2. Split without copying: head h is columns [h dk, (h + 1) dk) of q and k.
    const qh = { data: q, offset: head * dk, stride: dModel }; // (Lq, dk)
    const kh = { data: k, offset: head * dk, stride: dModel }; // (Lk, dk)
    // 3. Attend: scores, then per row scale, mask and softmax in one pass.
    matmulTransposedInto(qh, kh, whole(weights, Lk), Lq, Lk, dk); // (Lq, dk) x (Lk, dk)^T -> (Lq, Lk)
    // Scale and check every score first, then mask and softmax row by row, in the order the
    // traced path meets its errors (an overflow anywhere before a fully masked row).
    for (let t = 0; t < weights.length; ++t) {
      const x = weights[t] * factor;
      if (!Number.isFinite(x)) throw scaledOverflowError(Math.floor(t / Lk), t % Lk, x);
      weights[t] = mask.allowed[t] ? x : -Infinity;
    }
    for (let i = 0; i < Lq; ++i) softmaxRowInto(weights, i * Lk, Lk, weights, policy, i);
    // 4. Mix the values straight into this head's columns of the concatenation.
    const vTh = { data: vT, offset: head * dk * Lk, stride: Lk }; // (dk, Lk)
    matmulTransposedInto(whole(weights, Lk), vTh, { data: concat, offset: head * dk, stride: dModel }, Lq, dk, Lk); // (Lq, Lk) x (dk, Lk)^T -> (Lq, dk)
  }

  // 5. Output projection.
  const output = new Float64Array(Lq * dModel);
  matmulTransposedInto(whole(concat, dModel), whole(transpose(params.wo).data, dModel), whole(output, dModel), Lq, dModel, dModel); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
  addBiasToRows(output, dModel, params.bo);
  return { rows: Lq, cols: dModel, data: output };
}
