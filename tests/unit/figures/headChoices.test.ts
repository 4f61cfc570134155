import { describe, expect, it } from "vitest";
import { headChoices, whyHeadsDoNotFit } from "../../../src/figures/headChoices";

describe("headChoices", () => {
  it("headChoices(dModel, 8) gives the divisors of d_model up to 8", () => {
    expect(headChoices(12, 8)).toEqual([1, 2, 3, 4, 6]);
    expect(headChoices(16, 8)).toEqual([1, 2, 4, 8]);
    expect(headChoices(48, 8)).toEqual([1, 2, 3, 4, 6, 8]);
  });

  it("headChoices(dModel, max) never offers more heads than d_model has columns", () => {
    expect(headChoices(1, 8)).toEqual([1]);
    expect(headChoices(6, 8)).toEqual([1, 2, 3, 6]);
  });

  it("headChoices refuses a d_model that is not a whole number of 1 or more", () => {
    expect(() => headChoices(0, 8)).toThrow("d_model must be a whole number of 1 or more, not 0");
    expect(() => headChoices(7.5, 8)).toThrow("not 7.5");
  });

  it("whyHeadsDoNotFit(h, dModel) says it in the reader's words", () => {
    expect(whyHeadsDoNotFit(3, 16)).toBe("d_model = 16 does not split into 3 heads of equal width");
  });
});
