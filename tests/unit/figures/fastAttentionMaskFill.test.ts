import { describe, expect, it } from "vitest";
import fastAttentionMaskFill, { maskedRow } from "../../../src/figures/fastAttentionMaskFill";
import type { ControlOption } from "../../../src/figures/figureDefinition";
import { seen } from "./seenFigure";

const nanRow = { format: "float16", fill: "minus1e9", all: true, twice: false } as const;
const finiteRow = { format: "float16", fill: "finfoMin", all: true, twice: false } as const;

describe("fast-attention-mask-fill figure", () => {
  it("en.render: −1e9 rounds to −∞ in float16 and a fully masked row is NaN; finfo.min keeps it uniform", () => {
    expect(maskedRow("float16", "minus1e9", true, false).weights.every(Number.isNaN)).toBe(true);
    expect(seen(fastAttentionMaskFill, nanRow, "en").readout).toBe(
      "In float16, −1e9 is stored as −∞. Every score of the row is −∞: its maximum is −∞, s − m = −∞ − (−∞) = NaN, and every weight is NaN.",
    );
    expect(seen(fastAttentionMaskFill, finiteRow, "en").readout).toMatch(/^In float16, torch\.finfo\(dtype\)\.min is stored as −65504\. Every key is masked but the masked scores are finite \(−65504\): the row comes out uniform, 0\.250, 0\.250, 0\.250, 0\.250, and no NaN\.$/);
  });

  it("zh.render: the same numbers with Chinese controls, options, headers, chart name and readout", () => {
    const t = fastAttentionMaskFill.zh;
    expect(t.controls.map((c) => c.label)).toEqual(["分数的格式", "加到被掩蔽键分数上的值", "掩蔽所有键（一个无可关注的查询）", "把掩码加两次（两个掩码叠加）"]);
    const fill = t.controls[1];
    expect(fill.kind === "select" && (fill.options as ControlOption[]).map((o) => o.label)).toEqual(["−1e9", "−∞（float('-inf')）", "torch.finfo(dtype).min"]);
    const en = seen(fastAttentionMaskFill, nanRow, "en");
    const zh = seen(fastAttentionMaskFill, nanRow, "zh");
    const yesNo = { yes: "是", no: "否" } as Record<string, string>;
    expect(zh.rows).toEqual(en.rows.map((r) => r.map((cell, n) => (n === 2 ? yesNo[cell] : cell))));
    expect(zh.head).toEqual(["键", "分数", "被掩蔽？", "分数 + 掩码", "权重"]);
    expect(zh.caption).toBe("一个查询在 float16 下的分数、加性掩码（−1e9 存为 −∞）和权重");
    expect(zh.plots[0].label).toBe("一个查询在 float16 下的权重，对所有键加上 −1e9：NaN、NaN、NaN、NaN");
    expect(zh.readout).toBe("在 float16 中，−1e9 存为 −∞。这一行的每个分数都是 −∞：最大值是 −∞，s − m = −∞ − (−∞) = NaN，每个权重都是 NaN。");
    expect(seen(fastAttentionMaskFill, finiteRow, "zh").readout).toBe(
      "在 float16 中，torch.finfo(dtype).min 存为 −65504。所有键都被掩蔽，但被掩蔽的分数是有限的（−65504）：这一行是均匀的，0.250、0.250、0.250、0.250，没有 NaN。",
    );
    const some = seen(fastAttentionMaskFill, { format: "float32", fill: "minusInfinity", all: false, twice: true }, "zh");
    expect(some.plots[0].label).toMatch(/^一个查询在 float32 下的权重，对键 2 和键 4 加上 −∞（float\('-inf'\)）（加两次）：/);
    expect(some.readout).toMatch(/被掩蔽键的分数变为 −∞：它们的权重为 0\.000；其余权重由键 1 和键 3 分得，分别为 \d\.\d{3} 和 \d\.\d{3}。$/);
  });
});
