import { describe, expect, it } from "vitest";
import decoderBlock from "../../../src/figures/decoderBlock";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { Lang } from "../../../src/i18n/lang";

type State = (typeof decoderBlock)["en"]["initial"];

/** One render in edition `lang`: its readout, its plots' accessible names, its tables' captions and their cells. */
function render(lang: Lang, change: Partial<State> = {}) {
  let readout = "";
  let labels: string[] = [];
  let captions: string[] = [];
  let cells: string[][] = [];
  let controls: string[] = [];
  renderToHtml((document) => {
    const figure = decoderBlock[lang];
    controls = figure.controls.map((c) => c.label);
    const out = figure.render({ ...figure.initial, ...change } as State, document);
    readout = out.readout ?? "";
    labels = out.plots.flatMap((p) => [p, ...p.querySelectorAll("[aria-label]")]).map((p) => p.getAttribute("aria-label") ?? "").filter((l) => l !== "");
    const tables = tablesOf(out);
    captions = tables.map((t) => t.querySelector("caption")?.textContent ?? "");
    cells = tables.slice(1).map((t) => [...t.querySelectorAll("td")].map((td) => td.textContent ?? ""));
    return document.createElement("div");
  }, "en");
  return { readout, labels, captions, cells, controls };
}

describe("decoder-block figure", () => {
  it("decoderBlock.en.render(initial) says where cross-attention's queries, keys and values come from, in the lesson's words", () => {
    const { readout, labels, captions, controls } = render("en");
    expect(controls).toEqual(["Layer norm", "Sublayer", "Decoder layer"]);
    expect(readout).toBe(
      "Decoder layer 1, post-norm: y = LN(x + f(x)). The cross-attention: its queries come from the stream after masked self-attention; its keys and values from the encoder's memory, 4 × 8 (Lk × d_model), the same in every layer.",
    );
    expect(labels.some((l) => /^Block diagram of decoder layer 1 of 6, post-norm: y = LN\(x \+ f\(x\)\): masked self-attention, add the residual, LayerNorm 1; then/.test(l))).toBe(true);
    expect(captions[0]).toBe("Decoder layer 1 of 6, post-norm: y = LN(x + f(x)): each sublayer, what it reads and what it writes");
  });

  it("decoderBlock.zh.render(initial) says the same in Chinese, with the same shapes and the same weights", () => {
    const en = render("en");
    const zh = render("zh");
    expect(zh.controls).toEqual(["层规范化", "子层", "解码器层"]);
    expect(zh.readout).toBe("解码器第 1 层，后置规范化：y = LN(x + f(x))。交叉注意力：它的查询来自掩蔽自注意力之后的流；键和值来自编码器的记忆，4 × 8（Lk × d_model），每一层都相同。");
    expect(zh.labels.some((l) => l.startsWith("解码器第 1 层（共 6 层）的结构图，后置规范化：y = LN(x + f(x))：掩蔽自注意力，加上残差，层规范化 1；然后"))).toBe(true);
    expect(zh.labels.some((l) => l.startsWith("第 1 个头（共 2 个）：解码器第 1 层的交叉注意力权重"))).toBe(true);
    expect(zh.captions[0]).toBe("解码器第 1 层（共 6 层），后置规范化：y = LN(x + f(x))：每个子层读入什么、写出什么");
    expect(zh.cells).toEqual(en.cells);
    expect(zh.cells.length).toBe(2);
  });

  it("decoderBlock.zh.render names pre-norm's norm before the stream it reads, and the feed-forward's output with the same numbers", () => {
    const state = { arrangement: "pre", sublayer: "feedForward", layer: 3 } as const;
    const en = render("en", state);
    const zh = render("zh", state);
    expect(en.readout).toBe("Decoder layer 3, pre-norm: y = x + f(LN(x)). The feed-forward network: it reads each position's row alone (8 → 32 → 8 numbers); no attention, no memory.");
    expect(zh.readout).toBe("解码器第 3 层，前置规范化：y = x + f(LN(x))。前馈网络：它单独读取每个位置的行（8 → 32 → 8 个数）；没有注意力，也不读记忆。");
    expect(zh.cells).toEqual(en.cells);
    expect(zh.labels.some((l) => l.startsWith("解码器第 3 层前馈子层的输出，前置规范化"))).toBe(true);
  });

  it("decoderBlock[lang].render refuses a layer the stack does not have, in the reader's language", () => {
    expect(() => render("en", { layer: 7 })).toThrow("Decoder layer 7 does not exist; choose a layer from 1 to 6.");
    expect(() => render("zh", { layer: 7 })).toThrow("不存在第 7 个解码器层；请在 1 到 6 之间选择一层。");
  });
});
