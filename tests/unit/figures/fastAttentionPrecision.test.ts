import { describe, expect, it } from "vitest";
import fastAttentionPrecision from "../../../src/figures/fastAttentionPrecision";
import type { ControlOption } from "../../../src/figures/figureDefinition";
import { seen } from "./seenFigure";

const equalRow = { scores: "equal", compute: "storage" } as const;

describe("fast-attention-precision figure", () => {
  it("en.render: equal scores summed in 16 bits stall at 2^11 in float16 and 2^8 in bfloat16; float32 is exact", () => {
    expect(seen(fastAttentionPrecision, equalRow, "en").readout).toMatch(
      /^At L_k = 4096 \(scores all equal; sum in 16 bits, as stored\): float16 sums the denominator to 2048\.0 \(exact 4096\.0\), .*; bfloat16 sums the denominator to 256\.0 \(exact 4096\.0\), .*; float32 sums the denominator to 4096\.0 \(exact 4096\.0\), Σ \|p̂ − p\| = 0 \(exact\)\.$/,
    );
  });

  it("zh.render: the same numbers with Chinese controls, options, headers, axis titles and readout", () => {
    const t = fastAttentionPrecision.zh;
    expect(t.controls.map((c) => c.label)).toEqual(["这一行的分数", "求和所用的格式"]);
    expect(t.controls.map((c) => c.kind === "select" && (c.options as ControlOption[]).map((o) => o.label))).toEqual([
      ["全部相等", "随机，σ = 1", "随机，σ = 3"],
      ["16 位，即存储格式", "float32，即 PyTorch 的做法"],
    ]);
    for (const state of [equalRow, { scores: "spread3", compute: "float32" } as const]) {
      const en = seen(fastAttentionPrecision, state, "en");
      const zh = seen(fastAttentionPrecision, state, "zh");
      expect(zh.rows).toEqual(en.rows.map((r) => r.map((cell) => cell.replace("0 (exact)", "0（精确）"))));
    }
    const zh = seen(fastAttentionPrecision, equalRow, "zh");
    expect(zh.head.slice(4)).toEqual(["float16：和（精确值）", "bfloat16：和（精确值）", "float32：和（精确值）"]);
    expect(zh.plots[0].texts).toEqual(expect.arrayContaining(["每个查询的键数 L_k →"]));
    expect(zh.plots[0].label).toMatch(/^softmax 权重的总误差随 L_k 的变化（分数：全部相等；求和：16 位，即存储格式）；L_k = 4096 时：float16 1\.00、bfloat16 \S+、float32 0（精确）$/);
    expect(zh.readout).toMatch(
      /^L_k = 4096 时（分数：全部相等；求和：16 位，即存储格式）：float16 求得的分母为 2048\.0（精确值 4096\.0），.*；bfloat16 求得的分母为 256\.0（精确值 4096\.0），.*；float32 求得的分母为 4096\.0（精确值 4096\.0），Σ \|p̂ − p\| = 0（精确）。$/,
    );
  });
});
