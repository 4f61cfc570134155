import { describe, expect, it } from "vitest";
import {
  assertFinite,
  assertMatrix,
  assertSameShape,
  createRandom,
  matrix,
  multiHeadCrossAttention,
  multiHeadCrossAttentionBatch,
  randomMatrix,
  scaledDotProductAttention,
  type Matrix,
} from "../../../src/core";
import { attentionErrorText } from "../../../src/i18n/attentionErrorText";
import { thrown } from "../thrown";

const rng = createRandom(4);
const square = (n: number): Matrix => randomMatrix(rng, n, n);
const layer = (dModel: number, heads: number) => ({ heads, wq: square(dModel), wk: square(dModel), wv: square(dModel), wo: square(dModel) });
const han = /\p{Script=Han}/u;

/** Representative refusals: what each says today in English, and the names and shapes Chinese must keep. */
const cases: { call: string; error: () => unknown; en: string; keeps: string[] }[] = [
  {
    call: 'assertMatrix(undefined, "attention", "V")',
    error: () => thrown(() => assertMatrix(undefined, "attention", "V")),
    en: "V is undefined; pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])",
    keeps: ["V ", "undefined", "fromRows([[1, 2], [3, 4]])"],
  },
  {
    call: 'assertMatrix([[1, 2], [3, 4]], "matmul", "A")',
    error: () => thrown(() => assertMatrix([[1, 2], [3, 4]], "matmul", "A")),
    en: "A is an array of 2 items; turn nested arrays into a matrix with fromRows(...), e.g. fromRows([[1, 2], [3, 4]])",
    keeps: ["A ", " 2 ", "fromRows(...)"],
  },
  {
    call: 'assertSameShape(2x3, 3x3, "add", "A", "B")',
    error: () => thrown(() => assertSameShape({ rows: 2, cols: 3 }, { rows: 3, cols: 3 }, "add", "A", "B")),
    en: "A is 2x3 but B is 3x3; A and B need the same shape",
    keeps: ["A ", "B ", "2x3", "3x3"],
  },
  {
    call: "scaledDotProductAttention(Q 5x4, K 4x4, V 5x3)",
    error: () => thrown(() => scaledDotProductAttention(randomMatrix(rng, 5, 4), randomMatrix(rng, 4, 4), randomMatrix(rng, 5, 3))),
    en: "K is 4x4 but V is 5x3; K and V need the same number of rows (Lk), one per source token",
    keeps: ["K ", "V ", "4x4", "5x3", "Lk"],
  },
  {
    call: "multiHeadCrossAttention with dModel 12 and 5 heads",
    error: () => thrown(() => multiHeadCrossAttention(randomMatrix(rng, 2, 12), randomMatrix(rng, 3, 12), randomMatrix(rng, 3, 12), layer(12, 5))),
    en: "dModel 12 is not divisible by heads 5; choose heads that divide dModel (1, 2, 3, 4, 6 or 12)",
    keeps: ["dModel 12", "heads 5", "1、2、3、4、6 或 12"],
  },
  {
    call: 'assertFinite(NaN at row 1, column 2, "attention", "Q")',
    error: () => thrown(() => assertFinite(matrix(2, 3, [0, 0, 0, 0, 0, NaN]), "attention", "Q")),
    en: "Q has NaN at row 1, column 2 (counting from 0); every entry must be a finite number",
    keeps: ["Q", "NaN", " 1 ", " 2 ", " 0 "],
  },
  {
    call: "multiHeadCrossAttentionBatch wrapping item 0's refusal",
    error: () => thrown(() => multiHeadCrossAttentionBatch([randomMatrix(rng, 2, 6)], [randomMatrix(rng, 3, 6)], [randomMatrix(rng, 3, 6)], layer(6, 4))),
    en: "dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6)",
    keeps: ["dModel 6", "heads 4", "1、2、3 或 6"],
  },
];

describe("attentionErrorText", () => {
  for (const c of cases) {
    it(`attentionErrorText(${c.call}, "en") is today's English message without the operation`, () => {
      const error = c.error() as Error;
      expect(attentionErrorText(error, "en")).toBe(c.en);
    });
    it(`attentionErrorText(${c.call}, "zh") is Chinese and keeps its names, shapes and numbers`, () => {
      const zh = attentionErrorText(c.error(), "zh");
      expect(zh).toMatch(han);
      expect(zh).not.toContain("need");
      for (const kept of c.keeps) expect(zh).toContain(kept);
    });
  }

  it('attentionErrorText(scaledDotProductAttention with mismatched K and V, "zh") reads as a Chinese sentence', () => {
    const error = thrown(() => scaledDotProductAttention(randomMatrix(rng, 5, 4), randomMatrix(rng, 4, 4), randomMatrix(rng, 5, 3)));
    expect(attentionErrorText(error, "zh")).toBe("K 是 4x4，但 V 是 5x3；K 和 V 的行数（Lk）必须相同，每个源词元一行");
  });

  it("attentionErrorText(a wrapped error, lang) shows the innermost, not the wrapper's item number", () => {
    const error = cases[6].error() as Error;
    expect(error.message).toMatch(/^multiHeadCrossAttentionBatch: item 0: multiHeadCrossAttention: /);
    expect(attentionErrorText(error, "zh")).not.toMatch(/multiHeadCrossAttention|第 0 项/);
  });

  it("attentionErrorText(a reader's own TypeError, \"zh\") keeps what the JS engine said", () => {
    const error = thrown(() => (null as unknown as { x: number }).x);
    expect(attentionErrorText(error, "zh")).toBe((error as Error).message);
    expect(attentionErrorText("oops", "zh")).toBe("oops");
  });
});
