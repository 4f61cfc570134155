import { describe, expect, it } from "vitest";
import pytorchShapes, { steps } from "../../../src/figures/pytorchShapes";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { Lang } from "../../../src/i18n/lang";

type State = (typeof pytorchShapes)["en"]["initial"];

function render(lang: Lang, change: Partial<State> = {}) {
  let readout = "";
  let labels: string[] = [];
  let captions: string[] = [];
  let cells: string[] = [];
  renderToHtml((document) => {
    const figure = pytorchShapes[lang];
    const out = figure.render({ ...figure.initial, ...change } as State, document);
    readout = out.readout ?? "";
    labels = out.plots.map((p) => p.getAttribute("aria-label") ?? "");
    const tables = tablesOf(out);
    captions = tables.map((t) => t.querySelector("caption")?.textContent ?? "");
    cells = [...tables[1].querySelectorAll("td")].map((td) => td.textContent ?? "");
    return document.createElement("div");
  }, "en");
  return { readout, labels, captions, cells };
}

describe("pytorch-shapes figure", () => {
  it("steps keep their code names, which the lesson finds its mask step by", () => {
    expect(steps.map((s) => s.name)).toEqual(["project", "view", "transpose(1, 2)", "scores", "mask", "softmax", "w @ v", "transpose(1, 2)", "reshape", "out_proj"]);
  });

  it("pytorchShapes.en.render(initial) reports the mask step's broadcast shapes", () => {
    const { readout, labels, captions } = render("en");
    expect(readout).toBe(
      "Step 5 of 10, scores = scores.masked_fill(pad[:, None, None, :], float('-inf')). The (B, Lk) padding flags get two size-1 axes, (B, 1, 1, Lk) = (2, 1, 1, 5), and broadcast over the h = 2 heads and Lq = 3 queries. Item 1 has 4 real source tokens, so its key 4 is −∞ in every row of every head. The map is scores[1, 0].",
    );
    expect(labels[0]).toBe("Shapes at step “mask”: pad (B, Lk) = (2, 5); pad, 4-D (B, 1, 1, Lk) = (2, 1, 1, 5); scores (B, h, Lq, Lk) = (2, 2, 3, 5)");
    expect(captions[0]).toBe("Shapes at step 5, “mask”");
  });

  it("pytorchShapes.zh.render(initial) says the same in Chinese, with the same shapes and the same slice", () => {
    const en = render("en");
    const zh = render("zh");
    expect(zh.readout).toBe(
      "第 5 步（共 10 步），scores = scores.masked_fill(pad[:, None, None, :], float('-inf'))。形状为 (B, Lk) 的填充标记多出两个大小为 1 的轴，(B, 1, 1, Lk) = (2, 1, 1, 5)，并在 h = 2 个头和 Lq = 3 个查询上广播。样本 1 有 4 个真实的源词元，所以它的键 4 在每个头的每一行中都是 −∞。热图显示的是 scores[1, 0]。",
    );
    expect(zh.labels[0]).toBe("步骤“掩码”中的形状：pad (B, Lk) = (2, 5)；pad（4 维） (B, 1, 1, Lk) = (2, 1, 1, 5)；scores (B, h, Lq, Lk) = (2, 2, 3, 5)");
    expect(zh.labels[1]).toMatch(/^scores\[1, 0\]：批量样本 1、头 0 在步骤“掩码”之后的切片，3 × 5，由核心代码计算$/);
    expect(zh.captions[0]).toBe("第 5 步“掩码”中的形状");
    expect(zh.cells).toEqual(en.cells);
    expect(zh.cells.length).toBe(15);
  });

  it("pytorchShapes[lang].render refuses heads that do not divide d_model, a missing item and a missing head, in the reader's language", () => {
    expect(() => render("en", { dModel: 6, heads: 4 })).toThrow("dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6)");
    expect(() => render("zh", { dModel: 6, heads: 4 })).toThrow("dModel 6 不能被头数 4 整除；请选择能整除 dModel 的头数（1、2、3、6）");
    expect(() => render("en", { item: 3 })).toThrow("There is no batch item b = 3: a batch of B = 2 has items 0 to 1. Lower b or raise B.");
    expect(() => render("zh", { item: 3 })).toThrow("没有批量样本 b = 3：B = 2 的批量只有样本 0 到 1。请减小 b 或增大 B。");
    expect(() => render("zh", { head: 2 })).toThrow("没有头 i = 2：h = 2 个头的编号是 0 到 1。请减小 i 或增大 h。");
  });

  it("pytorchShapes[lang].render words every step in both editions, and zh's differ from en's", () => {
    for (let step = 1; step <= steps.length; step++) {
      const en = render("en", { step });
      const zh = render("zh", { step });
      expect(zh.readout).not.toBe(en.readout);
      expect(zh.readout).toMatch(new RegExp(`^第 ${step} 步（共 10 步），`));
      expect(zh.cells).toEqual(en.cells);
    }
  });
});
