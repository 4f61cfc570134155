import { describe, expect, it } from "vitest";
import decodingCacheMemory, { MEMORY_STEPS } from "../../../src/figures/decodingCacheMemory";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { Lang } from "../../../src/i18n/lang";

function render(state: { model: string; sourceLength: number; beams: number; step: number }, lang: Lang = "en") {
  let readout = "";
  let rows: string[][] = [];
  let label = "";
  let caption = "";
  let head: string[] = [];
  renderToHtml((document) => {
    const out = decodingCacheMemory[lang].render(state, document);
    readout = out.readout ?? "";
    label = out.plots[0].getAttribute("aria-label") ?? "";
    const [table] = tablesOf(out);
    caption = table.querySelector("caption")?.textContent ?? "";
    head = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
    return document.createElement("div");
  }, "en");
  return { readout, rows, label, caption, head };
}

describe("decoding-cache-memory figure", () => {
  it("the self-attention cache grows by 2 x layers x d_model numbers per step; the cross-attention K, V stay at 2 x layers x L_k x d_model", () => {
    // The lab's model: d_model 32, 1 decoder layer; L_k 7: cross 2 * 7 * 32 = 448 from step 1.
    const { rows } = render({ model: "lab", sourceLength: 7, beams: 1, step: 3 });
    expect(rows).toHaveLength(MEMORY_STEPS);
    expect(rows[0]).toEqual(["1", "64", "448"]);
    expect(rows[1]).toEqual(["2", "128", "448"]);
    expect(rows[6]).toEqual(["7", "448", "448"]);
  });

  it("with k beams the self-attention cache is k times larger and the cross-attention K, V are one shared copy", () => {
    const { rows, readout } = render({ model: "base", sourceLength: 20, beams: 4, step: 10 });
    // Transformer base: d_model 512, 6 layers. Step 10: 2 * 4 * 6 * 10 * 512; cross 2 * 6 * 20 * 512.
    expect(rows[9]).toEqual(["10", "245,760", "122,880"]);
    expect(readout).toBe(
      "At step 10 the self-attention cache holds 10 rows of K and V per layer and beam (4 beams): 245,760 numbers. " +
        "The cross-attention K and V hold 20 rows per layer, projected once before step 1 and shared by every beam: 122,880 numbers.",
    );
  });

  it("the chart is named by what it shows at the chosen step", () => {
    const { label } = render({ model: "lab", sourceLength: 5, beams: 1, step: 2 });
    expect(label).toMatch(/^Numbers the caches hold against the decoding step, the lab's translator .*: at step 2 the self-attention K and V hold 128, the cross-attention K and V 320$/);
  });

  it("an unknown model gets a message that names it", () => {
    expect(() => render({ model: "huge", sourceLength: 5, beams: 1, step: 2 })).toThrow(/there is no model “huge” here/);
  });

  it("in Chinese: the same numbers, with Chinese controls, caption, headers, chart name and readout", () => {
    const state = { model: "base", sourceLength: 20, beams: 4, step: 10 };
    const en = render(state);
    const zh = render(state, "zh");
    expect(zh.rows).toEqual(en.rows);
    expect(decodingCacheMemory.zh.controls.map((c) => c.label)).toEqual(["模型", "源词元数 L_k", "束宽 k（1：贪心）", "解码步 t"]);
    expect(zh.head).toEqual(["步 t", "自注意力 K、V", "交叉注意力 K、V"]);
    expect(zh.caption).toBe("每一步之后缓存存放的数的个数：Transformer base（d_model 512，6 层），20 个源词元，4 个束");
    expect(zh.label).toBe(
      "缓存存放的数的个数随解码步的变化，Transformer base（d_model 512，6 层），20 个源词元，4 个束：第 10 步时自注意力的 K 和 V 存放 245,760 个数，交叉注意力的 K 和 V 存放 122,880 个数",
    );
    expect(zh.readout).toBe(
      "第 10 步时，自注意力缓存在每层每个束存放 10 行 K 和 V（4 个束）：共 245,760 个数。交叉注意力的 K 和 V 每层有 20 行，在第 1 步之前投影一次，所有束共用：共 122,880 个数。",
    );
    expect(() => render({ ...state, model: "huge" }, "zh")).toThrow(/^这里没有模型“huge”/);
  });
});
