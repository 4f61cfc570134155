import { describe, expect, it } from "vitest";
import { keyPaddingMask, scaledDotProductAttention, fromRows } from "../../../src/core";
import { errorReason } from "../../../src/notebook/errorReason";
import { refusal } from "../thrown";


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
