import { describe, expect, it } from "vitest";
import { AttentionError, createRandom, fromRows, multiHeadCrossAttentionBatch, randomMatrix, scaledDotProductAttention } from "../../../src/core";
import { coreErrorMessage } from "../../../src/i18n/coreErrorMessage";
import { refusal } from "../thrown";

const reasonOf = (e: AttentionError) => ({ op: e.op, ...e.reason });

const rng = createRandom(5);
const square = (n: number) => randomMatrix(rng, n, n);

describe("coreErrorMessage", () => {
  it('coreErrorMessage(reason, "en") is the AttentionError\'s own message, operation first', () => {
    const errors = [
      refusal(() => scaledDotProductAttention(randomMatrix(rng, 5, 4), randomMatrix(rng, 4, 3), randomMatrix(rng, 4, 2))),
      refusal(() => fromRows([[1, 2], [3]])),
      refusal(() => scaledDotProductAttention(randomMatrix(rng, 2, 2), randomMatrix(rng, 2, 2), undefined as never)),
    ];
    expect(errors.map((e) => e.message)).toEqual([
      "scores: Q is 5x4 but K is 4x3; Q and K need the same number of columns (dk)",
      "fromRows: matrix row 1 has 1 entries but row 0 has 2; every row needs the same number of columns",
      "attention: V is undefined; pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])",
    ]);
    for (const e of errors) expect(coreErrorMessage(reasonOf(e), "en")).toBe(e.message);
  });

  it('coreErrorMessage(reason, "zh") keeps the operation\'s name and says the rest in Chinese', () => {
    const e = refusal(() => scaledDotProductAttention(randomMatrix(rng, 5, 4), randomMatrix(rng, 4, 3), randomMatrix(rng, 4, 2)));
    expect(coreErrorMessage(reasonOf(e), "zh")).toBe("scores：Q 是 5x4，但 K 是 4x3；Q 和 K 的列数（dk）必须相同");
    const ragged = refusal(() => fromRows([[1, 2], [3]]));
    expect(coreErrorMessage(reasonOf(ragged), "zh")).toBe("fromRows：矩阵的第 1 行有 1 个元素，但第 0 行有 2 个；每行的列数必须相同");
  });

  it('coreErrorMessage(a wrapped batch error, "zh") says the item and the error it wraps, both in Chinese', () => {
    const x = randomMatrix(rng, 2, 6);
    const e = refusal(() => multiHeadCrossAttentionBatch([x], [x], [x], { heads: 4, wq: square(6), wk: square(6), wv: square(6), wo: square(6) }));
    expect(coreErrorMessage(reasonOf(e), "en")).toBe(e.message);
    expect(coreErrorMessage(reasonOf(e), "zh")).toBe(
      "multiHeadCrossAttentionBatch：第 0 项：multiHeadCrossAttention：dModel 6 不能被 heads 4 整除；请选择能整除 dModel 的头数（1、2、3 或 6）",
    );
  });

  it("coreErrorMessage(reason, lang) reads a reason that crossed postMessage (a structured clone)", () => {
    const e = refusal(() => scaledDotProductAttention(randomMatrix(rng, 2, 2), randomMatrix(rng, 3, 2), randomMatrix(rng, 4, 2)));
    const copy = structuredClone(reasonOf(e));
    expect(coreErrorMessage(copy, "en")).toBe(e.message);
    expect(coreErrorMessage(copy, "zh")).toBe("attention：K 是 3x2，但 V 是 4x2；K 和 V 的行数（Lk）必须相同，每个源词元一行");
  });
});
