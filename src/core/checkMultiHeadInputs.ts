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

/** "1, 2, 3 or 6": the head counts that divide n, for the divisibility message. */
function divisorsText(n: number): string {
  const ds = Array.from({ length: n }, (_, t) => t + 1).filter((d) => n % d === 0);
  return ds.length === 1 ? `${ds[0]}` : `${ds.slice(0, -1).join(", ")} or ${ds[ds.length - 1]}`;
}

/** Refuses a weight whose shape is not (rows, cols); `why` says where each dimension comes from. */
function assertWeight(op: string, w: Matrix, name: string, rows: number, cols: number, why: string): void {
  assertMatrix(w, op, name);
  if (w.rows !== rows || w.cols !== cols) {
    throw new AttentionError(op, `${name} is ${shapeText(w)} but it must be ${rows}x${cols} (${why})`);
  }
  assertFinite(w, op, name);
}

/** Refuses a bias that is not dModel finite numbers. */
function assertBias(op: string, b: ArrayLike<number> | undefined, name: string, dModel: number): void {
  if (b === undefined) return;
  assertVector(b, op, name);
  if (b.length !== dModel) {
    throw new AttentionError(op, `${name} has length ${b.length}; it must have dModel = ${dModel} entries`);
  }
  const bad = Array.from(b).findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) {
    throw new AttentionError(op, `${name} has ${b[bad]} at index ${bad}; every entry must be a finite number`);
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
  assertObject(params, op, "params", "the layer's parameters { heads, wq, wk, wv, wo }, e.g. from randomMatrix");
  assertNonEmpty(query, op, "query");
  assertNonEmpty(key, op, "key");
  assertNonEmpty(value, op, "value");
  assertFinite(query, op, "query");
  assertFinite(key, op, "key");
  assertFinite(value, op, "value");
  if (key.rows !== value.rows) {
    throw new AttentionError(
      op,
      `key is ${shapeText(key)} but value is ${shapeText(value)}; key and value need the same number of rows (Lk), one per source token`,
    );
  }
  const Lq = query.rows;
  const Lk = key.rows;
  const dModel = query.cols;
  const { heads } = params;
  assertIntegerInRange(heads, op, "heads", 1);
  if (dModel % heads !== 0) {
    throw new AttentionError(
      op,
      `dModel ${dModel} is not divisible by heads ${heads}; choose heads that divide dModel (${divisorsText(dModel)})`,
    );
  }
  const dk = dModel / heads;
  assertWeight(op, params.wq, "wq", dModel, dModel, "dModel x dModel, dModel being the query width");
  assertWeight(op, params.wk, "wk", key.cols, dModel, "kdim x dModel, kdim being the key width");
  assertWeight(op, params.wv, "wv", value.cols, dModel, "vdim x dModel, vdim being the value width");
  assertWeight(op, params.wo, "wo", dModel, dModel, "dModel x dModel");
  assertBias(op, params.bq, "bq", dModel);
  assertBias(op, params.bk, "bk", dModel);
  assertBias(op, params.bv, "bv", dModel);
  assertBias(op, params.bo, "bo", dModel);
  if (options.keyLength !== undefined) assertIntegerInRange(options.keyLength, op, "keyLength", 0, Lk);
  if (options.allowed) assertMask(options.allowed, op, "the allowed mask");
  if (options.allowed && (options.allowed.rows !== Lq || options.allowed.cols !== Lk)) {
    throw new AttentionError(
      op,
      `the allowed mask is ${shapeText(options.allowed)} but there are ${Lq} queries and ${Lk} keys; it must be ${Lq}x${Lk} (Lq x Lk)`,
    );
  }
  if (options.keysValues) {
    for (const [m, name] of [[options.keysValues.k, "the projected keys K"], [options.keysValues.v, "the projected values V"]] as const) {
      assertMatrix(m, op, name);
      if (m.rows !== Lk || m.cols !== dModel) {
        throw new AttentionError(
          op,
          `${name} are ${shapeText(m)} but there are ${Lk} keys and dModel is ${dModel}; they must be ${Lk}x${dModel}, projected from this key and value`,
        );
      }
      assertFinite(m, op, name);
    }
  }
  const padding = keyPaddingMask(Lq, Lk, options.keyLength ?? Lk);
  const mask = options.allowed ? combineMasks(options.allowed, padding) : padding;

  return { Lq, Lk, dModel, dk, mask };
}
