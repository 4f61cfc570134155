import { describe, expect, it } from "vitest";
import { AttentionError } from "../../../src/core";
import { readerMessage } from "../../../src/figures/readerMessage";

describe("readerMessage", () => {
  it("readerMessage(AttentionError) drops the operation's name, which names code the reader never called", () => {
    const error = new AttentionError("multiHeadCrossAttention", "dModel 12 is not divisible by heads 5; choose heads that divide dModel (1, 2, 3, 4, 6 or 12)");
    expect(readerMessage(error)).toBe("dModel 12 is not divisible by heads 5; choose heads that divide dModel (1, 2, 3, 4, 6 or 12).");
  });

  it("readerMessage(AttentionError) shows the innermost core error of one the core wrapped, without either operation's name", () => {
    const inner = new AttentionError("multiHeadCrossAttention", "dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6)");
    const wrapped = new AttentionError("multiHeadCrossAttentionBatch", `item 0: ${inner.message}`, { cause: inner });
    expect(readerMessage(wrapped)).toBe("dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6).");
  });

  it("readerMessage(Error) keeps a figure's own message, already written for the reader", () => {
    expect(readerMessage(new Error("The source sentence is empty; type at least one word."))).toBe("The source sentence is empty; type at least one word.");
  });

  it("readerMessage(value) shows anything else thrown as text, as a sentence", () => {
    expect(readerMessage("oops")).toBe("oops.");
  });
});
