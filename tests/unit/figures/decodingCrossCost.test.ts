import { describe, expect, it } from "vitest";
import decodingCrossCost from "../../../src/figures/decodingCrossCost";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { Lang } from "../../../src/i18n/lang";

function render(state: { model: string; sourceLength: number; steps: number }, lang: Lang = "en") {
  let readout = "";
  let rows: string[][] = [];
  let label = "";
  let caption = "";
  let head: string[] = [];
  renderToHtml((document) => {
    const out = decodingCrossCost[lang].render(state, document);
    label = out.plots[0].getAttribute("aria-label") ?? "";
    readout = out.readout ?? "";
    const [table] = tablesOf(out);
    caption = table.querySelector("caption")?.textContent ?? "";
    head = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
    return document.createElement("div");
  }, "en");
  return { readout, rows, label, caption, head };
}

describe("decoding-cross-cost figure", () => {
  it("without the cache the K, V projections cost 2 L_k d² per layer at every step; with it once, whatever the steps", () => {
    // The lab's model, L_k 7: one projection of K and V is 2 * 7 * 32 * 32 = 14,336 multiply-adds.
    const { rows, readout } = render({ model: "lab", sourceLength: 7, steps: 8 });
    expect(rows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(rows[0]).toEqual(["1", "14,336", "14,336"]);
    expect(rows[7]).toEqual(["8", "114,688", "14,336"]);
    expect(readout).toBe(
      "Decoding 8 tokens from 7 source tokens: projecting K and V at every step costs 114,688 multiply-adds, once per layer (1 layer) 14,336. " +
        "The cache saves 100,352 and holds 448 numbers.",
    );
  });

  it("one step saves nothing, and six layers multiply both lines by six", () => {
    expect(render({ model: "lab", sourceLength: 3, steps: 1 }).readout).toContain("The cache saves 0 and holds");
    const base = render({ model: "base", sourceLength: 1, steps: 2 });
    // 6 layers x 2 x 1 x 512 x 512 = 3,145,728 per step.
    expect(base.rows[1]).toEqual(["2", "6,291,456", "3,145,728"]);
  });

  it("in Chinese: the same numbers, with Chinese controls, caption, headers, chart name and readout", () => {
    const state = { model: "lab", sourceLength: 7, steps: 8 };
    const en = render(state);
    const zh = render(state, "zh");
    expect(zh.rows).toEqual(en.rows);
    expect(decodingCrossCost.zh.controls.map((c) => c.label)).toEqual(["模型", "源词元数 L_k", "已解码的词元数（步数）"]);
    expect(zh.head).toEqual(["步", "不使用缓存", "使用缓存"]);
    expect(zh.caption).toBe("投影交叉注意力的 K 和 V 累计到每一步的乘加次数：实验面板的翻译模型（d_model 32，1 层），7 个源词元");
    expect(zh.label).toMatch(/^投影交叉注意力的 K 和 V 累计到每一步的乘加次数，实验面板的翻译模型.*：8 步后不使用缓存为 114,688 次，使用缓存为 14,336 次$/);
    expect(zh.readout).toBe(
      "从 7 个源词元解码 8 个词元：每一步都投影 K 和 V 要花 114,688 次乘加，每层只投影一次（1 层）要花 14,336 次。缓存省下 100,352 次，存放 448 个数。",
    );
  });
});
