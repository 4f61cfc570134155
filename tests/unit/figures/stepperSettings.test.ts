import { describe, expect, it } from "vitest";
import { defaultSettings, maxDModel, parseStepperSettings, settleStepperSettings } from "../../../src/figures/stepperSettings";

describe("settleStepperSettings", () => {
  it("settleStepperSettings(wanted, changed) keeps settings whose d_model fits", () => {
    const wanted = { ...defaultSettings, dk: 64, heads: 2 };
    expect(settleStepperSettings(wanted, "dk", "en")).toEqual({ settings: wanted });
  });

  it("settleStepperSettings moves d_k to the largest that fits when the reader picks 8 heads at d_k 64, and says why", () => {
    const { settings, note } = settleStepperSettings({ ...defaultSettings, dk: 64, heads: 8 }, "heads", "en");
    expect(settings).toMatchObject({ dk: 16, heads: 8 });
    expect(note).toEqual({ control: "dk", message: `d_k per head is now 16: 8 heads × d_k 64 = d_model 512, more than this figure draws (${maxDModel}).` });
  });

  it("settleStepperSettings moves the heads when the reader picks a d_k too wide for them", () => {
    const { settings, note } = settleStepperSettings({ ...defaultSettings, dk: 64, heads: 4 }, "dk", "en");
    expect(settings).toMatchObject({ dk: 64, heads: 2 });
    expect(note?.control).toBe("heads");
    expect(note?.message).toMatch(/^heads h is now 2: /);
  });
});

describe("parseStepperSettings", () => {
  it("parseStepperSettings(search) ignores a seed above 999999 with a notice", () => {
    const { settings, notices } = parseStepperSettings("?seed=1000000", 11, "en");
    expect(settings.seed).toBe(defaultSettings.seed);
    expect(notices).toEqual(['Ignored seed="1000000" in the link: use a whole number from 0 to 999999.']);
  });

  it('parseStepperSettings(search, count, "zh") gives its notices in Chinese, quoting the ignored value', () => {
    const { settings, notices } = parseStepperSettings("?step=99&mask=maybe", 11, "zh");
    expect(settings.step).toBe(defaultSettings.step);
    expect(notices).toEqual(['已忽略链接中的 step="99"：请使用 1 到 11 之间的整数。', '已忽略链接中的 mask="maybe"：请使用 on 或 off。']);
  });
});

describe("settleStepperSettings in Chinese", () => {
  it('settleStepperSettings(wanted, "heads", "zh") names the moved control by its Chinese label', () => {
    const { settings, note } = settleStepperSettings({ ...defaultSettings, dk: 64, heads: 8 }, "heads", "zh");
    expect(settings).toMatchObject({ dk: 16, heads: 8 });
    expect(note).toEqual({ control: "dk", message: `每个头的 d_k 已改为 16：8 个头 × d_k 64 = d_model 512，超过了这张图能画的宽度（${maxDModel}）。` });
  });
});
