import { describe, expect, it } from "vitest";
import { spacedZh } from "../../../src/i18n/spacedZh";

describe("spacedZh", () => {
  it("spacedZh puts one space where a value's Latin letters or digits meet Chinese, and none between Chinese and Chinese", () => {
    expect(spacedZh`${"dV"}是${3}`).toBe("dV 是 3");
    expect(spacedZh`${"权重"}是${"零"}`).toBe("权重是零");
    expect(spacedZh`第${2}行`).toBe("第 2 行");
  });

  it("spacedZh adds no space next to punctuation, spaces already there, or an empty value", () => {
    expect(spacedZh`（${"x"}）`).toBe("（x）");
    expect(spacedZh`是 ${"3"}，${"a"}`).toBe("是 3，a");
    expect(spacedZh`甲${""}乙`).toBe("甲乙");
  });
});
