import {
  AttentionError,
  assertFinite,
  assertIntegerInRange,
  assertNonEmpty,
  matmulTransposedInto,
  matrix,
  policyOf,
  shapeText,
  type FullyMaskedPolicy,
  type Mask,
  type Matrix,
} from "../core";
import { attentionScale, scaledOverflowError } from "../core/attentionScale";

/** The running state of every query after one block of keys, as `onBlock` receives it (copies). */
export interface BlockState {
  /** Which block, from 0. */
  block: number;
  /** The block's keys, [start, end). */
  start: number;
  end: number;
  /** Running maximum of each query's scores so far, (Lq); −Infinity while every key so far was masked. */
  m: Float64Array;
  /** Running sum of e^(s_j − m) over the keys so far, (Lq). */
  l: Float64Array;
  /** Running output Σ_j e^(s_j − m) v_j, not yet divided by l, (Lq, dv). */
  o: Matrix;
}

export interface BlockwiseOptions {
  /** Multiplies the scores; default 1/sqrt(dk), as in the core. */
  scale?: number;
  /** (Lq, Lk): which keys each query may attend to; absent means all. */
  allowed?: Mask;
  /** What a query with no allowed key gets; default "error", as in the core. */
  fullyMasked?: FullyMaskedPolicy;
  /** Called after every block with the running state, for figures that step through it. */
  onBlock?: (state: BlockState) => void;
}

export interface BlockwiseResult {
  /** softmax(Q Kᵀ · scale, masked) V, (Lq, dv). */
  output: Matrix;
  /** Entries of the one score buffer it used: Lq × min(blockSize, Lk), never Lq × Lk unless one block holds every key. */
  peakScoreEntries: number;
  /** How many blocks of keys it read: ceil(Lk / blockSize). */
  blocks: number;
}

/** Entries of the score buffer for blocks of `blockSize` keys: Lq × min(blockSize, Lk). */
export function scoreBufferEntries(Lq: number, Lk: number, blockSize: number): number {
  return Lq * Math.min(blockSize, Lk);
}

/**
 * Scaled dot-product attention computed one block of keys at a time with the online softmax
 * (Milakov & Gimelshein 2018), as FlashAttention does (Dao et al. 2022): each query keeps a running
 * maximum m, a running sum l of e^(s − m) and a running output o = Σ e^(s − m) v; a block whose scores
 * raise the maximum rescales l and o by e^(m_old − m_new) first, and the output is o / l at the end.
 * Q (Lq, dk), K (Lk, dk), V (Lk, dv) -> (Lq, dv), equal to the core's scaledDotProductAttention up to
 * rounding, while the only score buffer is (Lq, min(blockSize, Lk)).
 */
export function blockwiseAttention(q: Matrix, k: Matrix, v: Matrix, blockSize: number, options: BlockwiseOptions = {}): BlockwiseResult {
  const op = "blockwiseAttention";
  assertNonEmpty(q, op, "Q");
  assertNonEmpty(k, op, "K");
  assertNonEmpty(v, op, "V");
  assertFinite(q, op, "Q");
  assertFinite(k, op, "K");
  assertFinite(v, op, "V");
  if (q.cols !== k.cols) throw new AttentionError(op, { code: "qkColumns", params: { qShape: shapeText(q), kShape: shapeText(k) } });
  if (k.rows !== v.rows) throw new AttentionError(op, { code: "kvRows", params: { kShape: shapeText(k), vShape: shapeText(v) } });
  assertIntegerInRange(blockSize, op, "blockSize", 1);
  const Lq = q.rows;
  const Lk = k.rows;
  const dk = q.cols;
  const dv = v.cols;
  const { allowed } = options;
  if (allowed && (allowed.rows !== Lq || allowed.cols !== Lk)) {
    throw new AttentionError(op, { code: "blockMaskShape", params: { shape: shapeText(allowed), Lq, Lk } });
  }
  const policy = policyOf(options);
  const factor = attentionScale(dk, options.scale);

  const B = Math.min(blockSize, Lk);
  const s = new Float64Array(scoreBufferEntries(Lq, Lk, blockSize)); // (Lq, B): the only score buffer, reused by every block
  const m = new Float64Array(Lq).fill(-Infinity); // (Lq)
  const l = new Float64Array(Lq); // (Lq)
  const o = new Float64Array(Lq * dv); // (Lq, dv)
  let blocks = 0;
  for (let start = 0; start < Lk; start += B) {
    const b = Math.min(B, Lk - start);
    // (Lq, dk) x (b, dk)ᵀ -> (Lq, b): this block's scores, summed in the core's order.
    matmulTransposedInto({ data: q.data, offset: 0, stride: dk }, { data: k.data, offset: start * dk, stride: dk }, { data: s, offset: 0, stride: b }, Lq, b, dk);
    for (let i = 0; i < Lq; i++) {
      let blockMax = -Infinity;
      for (let j = 0; j < b; j++) {
        const scaled = s[i * b + j] * factor;
        if (!Number.isFinite(scaled)) throw scaledOverflowError(i, start + j, scaled);
        const x = allowed && allowed.allowed[i * Lk + start + j] === 0 ? -Infinity : scaled;
        s[i * b + j] = x;
        if (x > blockMax) blockMax = x;
      }
      const mNew = Math.max(m[i], blockMax);
      // Every key so far masked: keep m = −Infinity, l = 0, o = 0 (e^(−∞ − (−∞)) would be NaN).
      if (mNew === -Infinity) continue;
      // What was summed against the old maximum, rescaled to the new one; 0 when nothing was summed.
      const alpha = Math.exp(m[i] - mNew);
      l[i] *= alpha;
      for (let c = 0; c < dv; c++) o[i * dv + c] *= alpha;
      for (let j = 0; j < b; j++) {
        const p = Math.exp(s[i * b + j] - mNew); // exactly 0 for a masked key
        l[i] += p;
        const row = (start + j) * dv;
        for (let c = 0; c < dv; c++) o[i * dv + c] += p * v.data[row + c];
      }
      m[i] = mNew;
    }
    options.onBlock?.({ block: blocks, start, end: start + b, m: Float64Array.from(m), l: Float64Array.from(l), o: matrix(Lq, dv, o) });
    blocks++;
  }

  const out = new Float64Array(Lq * dv); // (Lq, dv)
  for (let i = 0; i < Lq; i++) {
    if (l[i] === 0) {
      if (policy === "error") throw new AttentionError(op, { code: "noAllowedKey", params: { row: i } });
      continue; // "zeros": zero weights, so a zero output row
    }
    for (let c = 0; c < dv; c++) out[i * dv + c] = o[i * dv + c] / l[i];
  }
  return { output: { rows: Lq, cols: dv, data: out }, peakScoreEntries: s.length, blocks };
}
