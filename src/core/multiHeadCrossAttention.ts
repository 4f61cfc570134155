import { scaledDotProductAttention, type AttentionTrace } from "./attention";
import { combineMasks } from "./combineMasks";
import { concatCols } from "./concatCols";
import { AttentionError, assertFinite, assertIntegerInRange, assertNonEmpty, shapeText } from "./errors";
import { keyPaddingMask } from "./keyPaddingMask";
import { allowAll, type Mask } from "./mask";
import type { Matrix } from "./matrix";
import { linear } from "./linear";
import type { FullyMaskedPolicy } from "./softmax";
import { sliceCols } from "./sliceCols";

/** The learned weights, stored [in, out] so a projection reads Y = X W + b. */
export interface MultiHeadParams {
  /** h, the number of heads; must divide dModel. */
  heads: number;
  /** (dModel, dModel): target tokens -> queries. */
  wq: Matrix;
  /** (kdim, dModel): source tokens -> keys. */
  wk: Matrix;
  /** (vdim, dModel): source tokens -> values. */
  wv: Matrix;
  /** (dModel, dModel): concatenated heads -> output. */
  wo: Matrix;
  /** Biases, each of length dModel; absent means zero. */
  bq?: Float64Array | number[];
  bk?: Float64Array | number[];
  bv?: Float64Array | number[];
  bo?: Float64Array | number[];
}

export interface MultiHeadOptions {
  /** Real source tokens; keys at index >= keyLength are padding, blocked for every query. */
  keyLength?: number;
  /** (Lq, Lk): which keys each query may attend to, combined (AND) with keyLength. */
  allowed?: Mask;
  /** What a query with no allowed key gets; default "error". */
  fullyMasked?: FullyMaskedPolicy;
  /** Multiplies each head's scores; default 1/sqrt(dk). */
  scale?: number;
}

/** One head: its slices of the projections and its attention trace. */
export interface HeadTrace {
  /** (Lq, dk) */
  q: Matrix;
  /** (Lk, dk) */
  k: Matrix;
  /** (Lk, dk) */
  v: Matrix;
  attention: AttentionTrace;
}

/** Every stage of multi-head cross-attention. */
export interface MultiHeadTrace {
  heads: number;
  dModel: number;
  /** dModel / heads, the width of each head. */
  dk: number;
  /** The projected queries, (Lq, dModel). */
  q: Matrix;
  /** The projected keys, (Lk, dModel). */
  k: Matrix;
  /** The projected values, (Lk, dModel). */
  v: Matrix;
  perHead: HeadTrace[];
  /** The heads' outputs side by side, (Lq, dModel). */
  concat: Matrix;
  /** concat Wo + bo, (Lq, dModel). */
  output: Matrix;
  /** The effective (Lq, Lk) mask: allowed AND key padding (all true when neither is given). */
  mask: Mask;
}

const OP = "multiHeadCrossAttention";

/** "1, 2, 3 or 6": the head counts that divide n, for the divisibility message. */
function divisorsText(n: number): string {
  const ds = Array.from({ length: n }, (_, t) => t + 1).filter((d) => n % d === 0);
  return ds.length === 1 ? `${ds[0]}` : `${ds.slice(0, -1).join(", ")} or ${ds[ds.length - 1]}`;
}

/** Refuses a weight whose shape is not (rows, cols); `why` says where each dimension comes from. */
function assertWeight(w: Matrix, name: string, rows: number, cols: number, why: string): void {
  if (w.rows !== rows || w.cols !== cols) {
    throw new AttentionError(OP, `${name} is ${shapeText(w)} but it must be ${rows}x${cols} (${why})`);
  }
  assertFinite(w, OP, name);
}

/** Refuses a bias that is not dModel finite numbers. */
function assertBias(b: ArrayLike<number> | undefined, name: string, dModel: number): void {
  if (b === undefined) return;
  if (b.length !== dModel) {
    throw new AttentionError(OP, `${name} has length ${b.length}; it must have dModel = ${dModel} entries`);
  }
  const bad = Array.from(b).findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) {
    throw new AttentionError(OP, `${name} has ${b[bad]} at index ${bad}; every entry must be a finite number`);
  }
}

/**
 * Multi-head cross-attention (PyTorch's nn.MultiheadAttention with Q from the
 * target and K, V from the source). query (Lq, dModel), key (Lk, kdim),
 * value (Lk, vdim) -> output (Lq, dModel), with every stage in the trace.
 */
export function multiHeadCrossAttention(
  query: Matrix,
  key: Matrix,
  value: Matrix,
  params: MultiHeadParams,
  options: MultiHeadOptions = {},
): MultiHeadTrace {
  assertNonEmpty(query, OP, "query");
  assertNonEmpty(key, OP, "key");
  assertNonEmpty(value, OP, "value");
  assertFinite(query, OP, "query");
  assertFinite(key, OP, "key");
  assertFinite(value, OP, "value");
  if (key.rows !== value.rows) {
    throw new AttentionError(
      OP,
      `key is ${shapeText(key)} but value is ${shapeText(value)}; key and value need the same number of rows (Lk), one per source token`,
    );
  }
  const Lq = query.rows;
  const Lk = key.rows;
  const dModel = query.cols;
  const { heads } = params;
  assertIntegerInRange(heads, OP, "heads", 1);
  if (dModel % heads !== 0) {
    throw new AttentionError(
      OP,
      `dModel ${dModel} is not divisible by heads ${heads}; choose heads that divide dModel (${divisorsText(dModel)})`,
    );
  }
  const dk = dModel / heads;
  assertWeight(params.wq, "wq", dModel, dModel, "dModel x dModel, dModel being the query width");
  assertWeight(params.wk, "wk", key.cols, dModel, "kdim x dModel, kdim being the key width");
  assertWeight(params.wv, "wv", value.cols, dModel, "vdim x dModel, vdim being the value width");
  assertWeight(params.wo, "wo", dModel, dModel, "dModel x dModel");
  assertBias(params.bq, "bq", dModel);
  assertBias(params.bk, "bk", dModel);
  assertBias(params.bv, "bv", dModel);
  assertBias(params.bo, "bo", dModel);
  if (options.keyLength !== undefined) assertIntegerInRange(options.keyLength, OP, "keyLength", 0, Lk);
  if (options.allowed && (options.allowed.rows !== Lq || options.allowed.cols !== Lk)) {
    throw new AttentionError(
      OP,
      `the allowed mask is ${shapeText(options.allowed)} but there are ${Lq} queries and ${Lk} keys; it must be ${Lq}x${Lk} (Lq x Lk)`,
    );
  }
  const padding = keyPaddingMask(Lq, Lk, options.keyLength ?? Lk);
  const mask = options.allowed ? combineMasks(options.allowed, padding) : padding;

  // 1. Project: queries from the target, keys and values from the source.
  const q = linear(query, params.wq, params.bq, { op: OP, x: "query", w: "wq", b: "bq" }); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
  const k = linear(key, params.wk, params.bk, { op: OP, x: "key", w: "wk", b: "bk" }); // (Lk, kdim) x (kdim, dModel) -> (Lk, dModel)
  const v = linear(value, params.wv, params.bv, { op: OP, x: "value", w: "wv", b: "bv" }); // (Lk, vdim) x (vdim, dModel) -> (Lk, dModel)

  const perHead: HeadTrace[] = [];
  for (let head = 0; head < heads; ++head) {
    // 2. Split: head h owns columns [h dk, (h + 1) dk) of each projection.
    const start = head * dk;
    const qh = sliceCols(q, start, start + dk); // (Lq, dModel) -> (Lq, dk)
    const kh = sliceCols(k, start, start + dk); // (Lk, dModel) -> (Lk, dk)
    const vh = sliceCols(v, start, start + dk); // (Lk, dModel) -> (Lk, dk)
    // 3. Attend, each head on its own slice with the shared mask.
    const attention = scaledDotProductAttention(qh, kh, vh, {
      scale: options.scale,
      allowed: mask,
      fullyMasked: options.fullyMasked,
    }); // (Lq, dk) x (dk, Lk) -> (Lq, Lk); (Lq, Lk) x (Lk, dk) -> (Lq, dk)
    perHead.push({ q: qh, k: kh, v: vh, attention });
  }

  // 4. Concatenate the heads' outputs back into dModel columns.
  const concat = concatCols(perHead.map((h) => h.attention.output)); // h x (Lq, dk) -> (Lq, dModel)

  // 5. Output projection mixes what the heads found.
  const output = linear(concat, params.wo, params.bo, { op: OP, x: "concat", w: "wo", b: "bo" }); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)

  return { heads, dModel, dk, q, k, v, perHead, concat, output, mask };
}
