import { describe, expect, it } from "vitest";
import fastAttentionBlocks, { blockScores, coreOutput } from "../../../src/figures/fastAttentionBlocks";
import { formatValue } from "../../../src/plots/formatValue";
import { seen } from "./seenFigure";

const vector = (xs: readonly number[]) => `(${xs.map((x) => formatValue(x, 3)).join(", ")})`;
/** More blocks asked for than blocks of 4 make: the figure shows the last of 3. */
const state = { blockSize: 4, step: 12 };

describe("fast-attention-blocks figure", () => {
  it("en.render: after the last block the running maximum is the row's maximum and o / l is the core's output", () => {
    const { readout, rows } = seen(fastAttentionBlocks, state, "en");
    expect(readout).toMatch(/^Blocks of 4 make only 3\. After block 3 of 3 \(keys 9–12\): m = (\S+), l = \S+, o \/ l = (\(.*\)); every key read, this is the core's output \(.*\), to (the last bit|within \S+)\.$/);
    expect(readout).toContain(`m = ${formatValue(Math.max(...blockScores), 2)}, `);
    expect(readout).toContain(`o / l = ${vector(coreOutput)}; `);
    expect(rows.map((r) => r[0])).toEqual(["block 1", "block 2", "block 3", "core (whole row)"]);
  });

  it("zh.render: the same numbers in Chinese words; no English word left in the charts, table or readout", () => {
    const en = seen(fastAttentionBlocks, state, "en");
    const zh = seen(fastAttentionBlocks, state, "zh");
    expect(fastAttentionBlocks.zh.controls.map((c) => c.label)).toEqual(["块大小 B（每块的键数）", "已读入的块数"]);
    expect(zh.rows.map((r) => r.slice(1).filter((cell) => !cell.startsWith("—")))).toEqual(en.rows.map((r) => r.slice(1).filter((cell) => !cell.startsWith("—"))));
    expect(zh.rows.map((r) => r[0])).toEqual(["第 1 块", "第 2 块", "第 3 块", "核心库（整行）"]);
    expect(zh.rows[0][4]).toBe("—（尚无）");
    expect(zh.head).toEqual(["读完", "键", "块内最大值", "累计最大值 m", "重新缩放 e^(m_old − m)", "累计和 l", "o / l"]);
    const [, m, l] = /m = (\S+), l = (\S+),/.exec(en.readout)!;
    expect(zh.readout).toMatch(new RegExp(`^每块 4 个键只能分成 3 块。读完第 3 块（共 3 块，键 9–12）后：m = ${m}，l = ${l}，o / l = \\(.*\\)；所有键都已读入，这就是核心库的输出 \\(.*\\)，(逐位相同|误差在 \\S+ 以内)。$`));
    expect(zh.readout).toContain(vector(coreOutput));
    expect(zh.plots[2].texts).toEqual(expect.arrayContaining(["核心库的输出 1", "核心库的输出 2"]));
    const words = [zh.readout, zh.caption, ...zh.head, ...zh.rows.flat(), ...zh.plots.flatMap((p) => [p.label, ...p.texts])].join(" ");
    expect(words).not.toMatch(/\b(block|blocks|keys?|read|running|partial|core|output|scores?|query|after|nothing)\b/i);
  });
});
