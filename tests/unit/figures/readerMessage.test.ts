import { describe, expect, it } from "vitest";
import { createRandom, multiHeadCrossAttention, multiHeadCrossAttentionBatch, randomMatrix, type Matrix } from "../../../src/core";
import { readerMessage } from "../../../src/figures/readerMessage";
import { thrown } from "../thrown";

const rng = createRandom(2);
const square = (n: number): Matrix => randomMatrix(rng, n, n);
/** A layer whose head count does not divide dModel. */
const layer = (dModel: number, heads: number) => ({ heads, wq: square(dModel), wk: square(dModel), wv: square(dModel), wo: square(dModel) });

describe("readerMessage", () => {
  it("readerMessage(AttentionError, \"en\") drops the operation's name, which names code the reader never called", () => {
    const x = randomMatrix(rng, 2, 12);
    const error = thrown(() => multiHeadCrossAttention(x, x, x, layer(12, 5)));
    expect(readerMessage(error, "en")).toBe("dModel 12 is not divisible by heads 5; choose heads that divide dModel (1, 2, 3, 4, 6 or 12).");
  });

  it("readerMessage(AttentionError, lang) shows the innermost core error of one the core wrapped, without either operation's name", () => {
    const x = randomMatrix(rng, 2, 6);
    const wrapped = thrown(() => multiHeadCrossAttentionBatch([x], [x], [x], layer(6, 4)));
    expect(readerMessage(wrapped, "en")).toBe("dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6).");
    expect(readerMessage(wrapped, "zh")).toBe("dModel 6 不能被 heads 4 整除；请选择能整除 dModel 的头数（1、2、3 或 6）。");
  });

  it("readerMessage(Error, lang) keeps a figure's own message, already written for the reader", () => {
    expect(readerMessage(new Error("The source sentence is empty; type at least one word."), "en")).toBe("The source sentence is empty; type at least one word.");
    expect(readerMessage(new Error("源句子是空的。"), "zh")).toBe("源句子是空的。");
  });

  it("readerMessage(value, lang) shows anything else thrown as text, as a sentence of the language", () => {
    expect(readerMessage("oops", "en")).toBe("oops.");
    expect(readerMessage("出错了", "zh")).toBe("出错了。");
  });
});
