import { describe, expect, it } from "vitest";
import { instructorsText } from "../../../src/i18n/instructorsText";

describe("instructorsText", () => {
  it("instructorsText.zh has the keys of instructorsText.en, each written in Chinese", () => {
    expect(Object.keys(instructorsText.zh).sort()).toEqual(Object.keys(instructorsText.en).sort());
    for (const [key, value] of Object.entries(instructorsText.zh)) expect(value, key).toMatch(/\p{Script=Han}/u);
  });
});
