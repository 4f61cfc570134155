import { createRandom, matrix, randomMatrix, type Matrix } from "../core";
import { translationExample, type TranslationExample } from "./translationExample";

/** The running example with its source padded, as in a batch whose longest source is longer. */
export interface PaddedTranslationExample extends TranslationExample {
  /** Real source tokens; keys at index >= length are "<pad>". */
  length: number;
}

/** Appends `extra` rows of `add` below m: (r, c) -> (r + extra, c). */
function appendRows(m: Matrix, add: Matrix): Matrix {
  return matrix(m.rows + add.rows, m.cols, [...m.data, ...add.data]);
}

/**
 * The translation example with `pads` "<pad>" tokens appended to the source, so Lk = 4 + pads.
 * The encoder still produces a vector at every padded position (it is not zero), so the pads get
 * random keys and values here, some of them matching queries well: without a mask they would take
 * real weight. Q (Lq, dk) is unchanged; K (Lk, dk) and V (Lk, dv) grow by `pads` rows.
 */
export function paddedTranslationExample(pads = 2, seed = 7): PaddedTranslationExample {
  const base = translationExample(seed);
  const rng = createRandom(seed + 1000);
  const k = appendRows(base.k, randomMatrix(rng, pads, base.k.cols, 1.5)); // (Lk, dk)
  const v = appendRows(base.v, randomMatrix(rng, pads, base.v.cols)); // (Lk, dv)
  return {
    source: [...base.source, ...Array.from({ length: pads }, () => "<pad>")],
    target: base.target,
    q: base.q,
    k,
    v,
    length: base.source.length,
  };
}
