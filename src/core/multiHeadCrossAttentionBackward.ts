import { scaledDotProductAttentionBackward, type AttentionGradients } from "./attentionBackward";
import { assertUpstream } from "./assertUpstream";
import { checkMultiHeadInputs } from "./checkMultiHeadInputs";
import { concatCols } from "./concatCols";
import { AttentionError, assertMatrix, assertObject } from "./errors";
import { linearBackward } from "./linearBackward";
import type { Matrix } from "./matrix";
import type { MultiHeadParams, MultiHeadTrace } from "./multiHeadCrossAttention";
import { sliceCols } from "./sliceCols";

/** The gradients of multi-head cross-attention: its three inputs, four projections and four biases. */
export interface MultiHeadGradients {
  /** (Lq, dModel) */
  dQuery: Matrix;
  /** (Lk, kdim) */
  dKey: Matrix;
  /** (Lk, vdim) */
  dValue: Matrix;
  /** (dModel, dModel) */
  dWq: Matrix;
  /** (kdim, dModel) */
  dWk: Matrix;
  /** (vdim, dModel) */
  dWv: Matrix;
  /** (dModel, dModel) */
  dWo: Matrix;
  /** Each (dModel). */
  dbq: Float64Array;
  dbk: Float64Array;
  dbv: Float64Array;
  dbo: Float64Array;
  /** dConcat = dOutput Wo^T, (Lq, dModel): the upstream gradient every head receives its columns of. */
  dConcat: Matrix;
  /** Each head's attention gradients, from its columns of dConcat. */
  perHead: AttentionGradients[];
}

const OP = "multiHeadCrossAttentionBackward";

/**
 * Backward of multiHeadCrossAttention, the forward's five steps in reverse: given the inputs,
 * the parameters, the forward's trace and dOutput (Lq, dModel), returns the gradient of every
 * input, weight and bias. With no bias given, the bias gradients are still returned (a zero
 * bias would receive them).
 */
export function multiHeadCrossAttentionBackward(
  query: Matrix,
  key: Matrix,
  value: Matrix,
  params: MultiHeadParams,
  trace: MultiHeadTrace,
  dOutput: Matrix,
): MultiHeadGradients {
  const { Lq, Lk, dModel, dk } = checkMultiHeadInputs(query, key, value, params, {}, OP);
  assertObject(trace, OP, "the trace", "multiHeadTrace");
  for (const name of ["q", "k", "concat"] as const) assertMatrix(trace[name], OP, `trace.${name}`);
  if (!Array.isArray(trace.perHead)) throw new AttentionError(OP, { code: "traceNoPerHead", params: {} });
  if (trace.heads !== params.heads || trace.q.rows !== Lq || trace.k.rows !== Lk || trace.dModel !== dModel) {
    throw new AttentionError(OP, { code: "traceMismatch", params: { traceHeads: trace.heads, traceLq: trace.q.rows, traceLk: trace.k.rows, traceDModel: trace.dModel, heads: params.heads, Lq, Lk, dModel } });
  }
  assertUpstream(dOutput, Lq, dModel, OP);

  // 5. Output projection: output = concat Wo + bo.
  const out = linearBackward(trace.concat, params.wo, dOutput, { op: OP, x: "concat", w: "wo" }); // dConcat (Lq, dModel), dWo (dModel, dModel)

  // 4 and 3. Each head's output is its columns of concat: it gets those columns of dConcat back.
  const perHead = trace.perHead.map((head, h) => {
    const dOh = sliceCols(out.dX, h * dk, (h + 1) * dk); // (Lq, dModel) -> (Lq, dk)
    return scaledDotProductAttentionBackward(head.q, head.k, head.v, head.attention, dOh);
  });

  // 2. Split in reverse: the heads' gradients sit side by side in the projections' columns.
  const dQ = concatCols(perHead.map((g) => g.dQ)); // h x (Lq, dk) -> (Lq, dModel)
  const dK = concatCols(perHead.map((g) => g.dK)); // h x (Lk, dk) -> (Lk, dModel)
  const dV = concatCols(perHead.map((g) => g.dV)); // h x (Lk, dk) -> (Lk, dModel)

  // 1. Projections: Q = query Wq + bq, K = key Wk + bk, V = value Wv + bv.
  const pq = linearBackward(query, params.wq, dQ, { op: OP, x: "query", w: "wq" }); // dQuery (Lq, dModel), dWq (dModel, dModel)
  const pk = linearBackward(key, params.wk, dK, { op: OP, x: "key", w: "wk" }); // dKey (Lk, kdim), dWk (kdim, dModel)
  const pv = linearBackward(value, params.wv, dV, { op: OP, x: "value", w: "wv" }); // dValue (Lk, vdim), dWv (vdim, dModel)

  return {
    dQuery: pq.dX,
    dKey: pk.dX,
    dValue: pv.dX,
    dWq: pq.dW,
    dWk: pk.dW,
    dWv: pv.dW,
    dWo: out.dW,
    dbq: pq.db,
    dbk: pk.db,
    dbv: pv.db,
    dbo: out.db,
    dConcat: out.dX,
    perHead,
  };
}
