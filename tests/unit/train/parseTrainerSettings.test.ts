import { describe, expect, it } from "vitest";
import { parseTrainerSettings } from "../../../src/train";

const fields = { seed: "1", lr: "0.003", heads: "4", ablations: { unscaled: false, unmaskedSourcePadding: false, noSourcePositions: false } };

describe("parseTrainerSettings", () => {
  it("parseTrainerSettings(fields) reads the defaults as the default settings, with no ablations key when none is ticked", () => {
    expect(parseTrainerSettings(fields)).toEqual({ settings: { seed: 1, lr: 0.003, heads: 4 } });
  });

  it("parseTrainerSettings keeps only the ticked ablations, and reads spaces and an exponent", () => {
    const parsed = parseTrainerSettings({ ...fields, seed: " 42 ", lr: "1e-3", ablations: { ...fields.ablations, noSourcePositions: true } });
    expect(parsed).toEqual({ settings: { seed: 42, lr: 0.001, heads: 4, ablations: { noSourcePositions: true } } });
  });

  it("parseTrainerSettings refuses a seed that is not a whole number from 0 to 2^31 - 1, quoting what was typed", () => {
    for (const seed of ["1.5", "-3", "abc", "", "2147483648", "1e3"]) {
      expect(parseTrainerSettings({ ...fields, seed }).errors?.seed, seed).toBe(`The seed must be a whole number from 0 to 2147483647; “${seed}” is not.`);
    }
    expect(parseTrainerSettings({ ...fields, seed: "2147483647" }).settings?.seed).toBe(2147483647);
  });

  it("parseTrainerSettings refuses a learning rate that is not a number, or not in (0, 0.1]", () => {
    expect(parseTrainerSettings({ ...fields, lr: "fast" }).errors?.lr).toBe("The learning rate must be a number such as 0.003; “fast” is not a number.");
    expect(parseTrainerSettings({ ...fields, lr: "0" }).errors?.lr).toBe("The learning rate must be above 0 and at most 0.1; 0 is not.");
    expect(parseTrainerSettings({ ...fields, lr: "0.5" }).errors?.lr).toBe("The learning rate must be above 0 and at most 0.1; 0.5 is not.");
    expect(parseTrainerSettings({ ...fields, lr: "0.1" }).settings?.lr).toBe(0.1);
  });

  it("parseTrainerSettings gives every bad field's message at once, and refuses heads that do not divide d_model", () => {
    const parsed = parseTrainerSettings({ ...fields, seed: "x", lr: "y", heads: "3" });
    expect(Object.keys(parsed.errors ?? {}).sort()).toEqual(["heads", "lr", "seed"]);
    expect(parsed.errors?.heads).toBe("The number of heads must divide d_model = 32; 3 does not.");
    expect(parsed.settings).toBeUndefined();
  });
});
