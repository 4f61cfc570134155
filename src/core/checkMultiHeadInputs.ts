import type { WeightWhy } from "./errorMessages";
import { combineMasks } from "./combineMasks";
import { AttentionError, assertFinite, assertIntegerInRange, assertMask, assertMatrix, assertNonEmpty, assertObject, assertVector, shapeText } from "./errors";
import { keyPaddingMask } from "./keyPaddingMask";
import type { Mask } from "./mask";
import type { Matrix } from "./matrix";
import type { MultiHeadOptions, MultiHeadParams } from "./multiHeadCrossAttention";

/** The sizes of a checked multi-head call and its effective mask. */
export interface MultiHeadShape {
  Lq: number;
  Lk: number;
  dModel: number;
  /** dModel / heads */
  dk: number;
  /** (Lq, Lk): allowed AND key padding (all true when neither is given). */
  mask: Mask;
}

/** The head counts that divide n (1, 2, 3, 6 for 6), for the divisibility message. */
function divisors(n: number): number[] {
  return Array.from({ length: n }, (_, t) => t + 1).filter((d) => n % d === 0);
}

/** Refuses a weight whose shape is not (rows, cols); `why` says where each dimension comes from. */
function assertWeight(op: string, w: Matrix, name: string, rows: number, cols: number, why: WeightWhy): void {
  assertMatrix(w, op, name);
  if (w.rows !== rows || w.cols !== cols) {
    throw new AttentionError(op, { code: "weightShape", params: { name, shape: shapeText(w), rows, cols, why } });
  }
  assertFinite(w, op, name);
}

/** Refuses a bias that is not dModel finite numbers. */
function assertBias(op: string, b: ArrayLike<number> | undefined, name: string, dModel: number): void {
  if (b === undefined) return;
  assertVector(b, op, name);
  if (b.length !== dModel) {
    throw new AttentionError(op, { code: "biasLength", params: { name, length: b.length, dModel } });
  }
  const bad = Array.from(b).findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) {
    throw new AttentionError(op, { code: "biasNotFinite", params: { name, value: b[bad], index: bad } });
  }
}

/**
 * Checks the inputs of multi-head cross-attention up front, so a bad input fails with a message
 * about the input (named after `op`) rather than somewhere deep in a product. query (Lq, dModel),
 * key (Lk, kdim), value (Lk, vdim); returns the sizes and the effective (Lq, Lk) mask.
 */
export function checkMultiHeadInputs(
  query: Matrix,
  key: Matrix,
  value: Matrix,
  params: MultiHeadParams,
  options: MultiHeadOptions,
  op: string,
): MultiHeadShape {
  assertObject(params, op, "params", "multiHeadParamsExample");
  assertNonEmpty(query, op, "query");
  assertNonEmpty(key, op, "key");
  assertNonEmpty(value, op, "value");
  assertFinite(query, op, "query");
  assertFinite(key, op, "key");
  assertFinite(value, op, "value");
  if (key.rows !== value.rows) {
    throw new AttentionError(op, { code: "keyValueRows", params: { kShape: shapeText(key), vShape: shapeText(value) } });
  }
  const Lq = query.rows;
  const Lk = key.rows;
  const dModel = query.cols;
  const { heads } = params;
  assertIntegerInRange(heads, op, "heads", 1);
  if (dModel % heads !== 0) {
    throw new AttentionError(op, { code: "headsDivide", params: { dModel, heads, divisors: divisors(dModel) } });
  }
  const dk = dModel / heads;
  assertWeight(op, params.wq, "wq", dModel, dModel, "query");
  assertWeight(op, params.wk, "wk", key.cols, dModel, "key");
  assertWeight(op, params.wv, "wv", value.cols, dModel, "value");
  assertWeight(op, params.wo, "wo", dModel, dModel, "output");
  assertBias(op, params.bq, "bq", dModel);
  assertBias(op, params.bk, "bk", dModel);
  assertBias(op, params.bv, "bv", dModel);
  assertBias(op, params.bo, "bo", dModel);
  if (options.keyLength !== undefined) assertIntegerInRange(options.keyLength, op, "keyLength", 0, Lk);
  if (options.allowed) assertMask(options.allowed, op, "the allowed mask");
  if (options.allowed && (options.allowed.rows !== Lq || options.allowed.cols !== Lk)) {
    throw new AttentionError(op, { code: "allowedMaskShape", params: { shape: shapeText(options.allowed), Lq, Lk } });
  }
  if (options.keysValues) {
    for (const [m, name] of [[options.keysValues.k, "the projected keys K"], [options.keysValues.v, "the projected values V"]] as const) {
      assertMatrix(m, op, name);
      if (m.rows !== Lk || m.cols !== dModel) {
        throw new AttentionError(op, { code: "projectedShape", params: { name, shape: shapeText(m), Lk, dModel } });
      }
      assertFinite(m, op, name);
    }
  }
  const padding = keyPaddingMask(Lq, Lk, options.keyLength ?? Lk);
  const mask = options.allowed ? combineMasks(options.allowed, padding) : padding;

  return { Lq, Lk, dModel, dk, mask };
}
