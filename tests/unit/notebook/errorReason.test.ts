import { describe, expect, it } from "vitest";
import { AttentionError, keyPaddingMask, scaledDotProductAttention, fromRows } from "../../../src/core";
import { errorReason } from "../../../src/notebook/errorReason";

/** The AttentionError `fn` threw. */
function refusal(fn: () => unknown): AttentionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AttentionError) return error;
    throw error;
  }
  throw new Error("expected a throw");
}

describe("errorReason", () => {
  it("errorReason(error) is the operation, code and parameters as plain data", () => {
    const e = refusal(() => scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0, 0]]), fromRows([[1]])));
    expect(errorReason(e)).toEqual({ op: "scores", code: "qkColumns", params: { qShape: "1x2", kShape: "1x3" } });
  });

  it("errorReason(error) is undefined when a parameter a reader passed cannot cross postMessage (a function as a length)", () => {
    const e = refusal(() => keyPaddingMask(2, 3, (() => 1) as unknown as number));
    expect(e.message).toMatch(/^keyPaddingMask: length is /);
    expect(errorReason(e)).toBeUndefined();
  });
});
