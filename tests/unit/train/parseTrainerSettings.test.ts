import { describe, expect, it } from "vitest";
import { parseTrainerSettings } from "../../../src/train";

const fields = { seed: "1", lr: "0.003", heads: "4", ablations: { unscaled: false, unmaskedSourcePadding: false, noSourcePositions: false } };

describe("parseTrainerSettings", () => {
  it("parseTrainerSettings(fields, lang) reads the defaults as the default settings, with no ablations key when none is ticked", () => {
    expect(parseTrainerSettings(fields, "en")).toEqual({ settings: { seed: 1, lr: 0.003, heads: 4 } });
  });

  it("parseTrainerSettings keeps only the ticked ablations, and reads spaces and an exponent", () => {
    const parsed = parseTrainerSettings({ ...fields, seed: " 42 ", lr: "1e-3", ablations: { ...fields.ablations, noSourcePositions: true } }, "en");
    expect(parsed).toEqual({ settings: { seed: 42, lr: 0.001, heads: 4, ablations: { noSourcePositions: true } } });
  });

  it("parseTrainerSettings refuses a seed that is not a whole number from 0 to 2^31 - 1, quoting what was typed", () => {
    for (const seed of ["1.5", "-3", "abc", "", "2147483648", "1e3"]) {
      expect(parseTrainerSettings({ ...fields, seed }, "en").errors?.seed, seed).toBe(`The seed must be a whole number from 0 to 2147483647; “${seed}” is not.`);
    }
    expect(parseTrainerSettings({ ...fields, seed: "2147483647" }, "en").settings?.seed).toBe(2147483647);
  });

  it("parseTrainerSettings refuses a learning rate that is not a number, or not in (0, 0.1]", () => {
    expect(parseTrainerSettings({ ...fields, lr: "fast" }, "en").errors?.lr).toBe("The learning rate must be a number such as 0.003; “fast” is not a number.");
    expect(parseTrainerSettings({ ...fields, lr: "0" }, "en").errors?.lr).toBe("The learning rate must be above 0 and at most 0.1; 0 is not.");
    expect(parseTrainerSettings({ ...fields, lr: "0.5" }, "en").errors?.lr).toBe("The learning rate must be above 0 and at most 0.1; 0.5 is not.");
    expect(parseTrainerSettings({ ...fields, lr: "0.1" }, "en").settings?.lr).toBe(0.1);
  });

  it("parseTrainerSettings gives every bad field's message at once, and refuses heads that do not divide d_model", () => {
    const parsed = parseTrainerSettings({ ...fields, seed: "x", lr: "y", heads: "3" }, "en");
    expect(Object.keys(parsed.errors ?? {}).sort()).toEqual(["heads", "lr", "seed"]);
    expect(parsed.errors?.heads).toBe("The number of heads must divide d_model = 32; 3 does not.");
    expect(parsed.settings).toBeUndefined();
  });

  it("parseTrainerSettings(fields, \"zh\") gives each message in Chinese, naming what was typed and the limits", () => {
    const parsed = parseTrainerSettings({ ...fields, seed: "1.5", lr: "0.5", heads: "3" }, "zh");
    expect(parsed.errors).toEqual({
      seed: "随机种子必须是 0 到 2147483647 之间的整数；“1.5”不是。",
      lr: "学习率必须大于 0 且不超过 0.1；0.5 不符合。",
      heads: "头数必须能整除 d_model = 32；3 不能。",
    });
    expect(parseTrainerSettings({ ...fields, lr: "fast" }, "zh").errors?.lr).toBe("学习率必须是一个数，例如 0.003；“fast”不是数。");
    expect(parseTrainerSettings(fields, "zh")).toEqual(parseTrainerSettings(fields, "en"));
  });
});
