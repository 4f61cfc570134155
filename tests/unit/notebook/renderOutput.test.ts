import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { renderEntry, formatNumber } from "../../../src/notebook/renderOutput";
import { serialize } from "../../../src/notebook/serialize";
import { plot } from "../../../src/notebook/plotSpecs";
import { AttentionError, fromRows, scaledDotProductAttention } from "../../../src/core";

const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("renderEntry", () => {
  it("formatNumber(x) keeps integers, rounds to 6 significant digits and writes a true minus", () => {
    expect(formatNumber(42)).toBe("42");
    expect(formatNumber(-1 / 3)).toBe("−0.333333");
    expect(formatNumber(-Infinity)).toBe("−∞");
  });

  it("renders a matrix as a table with its shape and shaded cells", () => {
    const el = renderEntry({ type: "show", value: serialize(fromRows([[0, 1], [0.5, 0.25]])) }, doc(), "en");
    expect(el.querySelector("caption")?.textContent).toBe("Matrix 2×2 (rows × columns)");
    const cells = [...el.querySelectorAll("tbody td")];
    expect(cells.map((td) => td.textContent)).toEqual(["0.000", "1.000", "0.500", "0.250"]);
    // Viridis: 0 is dark purple (white text), 1 is yellow (black text).
    expect(cells[0].getAttribute("style")).toMatch(/^background:.+;color:white$/);
    expect(cells[1].getAttribute("style")).toMatch(/^background:.+;color:black$/);
  });

  it("renders a trace as two heatmaps and an output table, and plot.bars as an SVG", () => {
    const t = scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0], [0, 1]]), fromRows([[2], [4]]));
    const trace = renderEntry({ type: "result", value: serialize(t) }, doc(), "en");
    expect([...trace.querySelectorAll("figcaption")].map((f) => f.textContent)).toEqual(["Scaled (and masked) scores", "Weights (each row sums to 1)"]);
    expect(trace.querySelectorAll("svg")).toHaveLength(2);
    expect(trace.querySelector("caption")?.textContent).toBe("Output 1×1 (rows × columns)");
    const bars = renderEntry({ type: "show", value: serialize(plot.bars([1, 2], ["a", "b"], { title: "Two bars" })) }, doc(), "en");
    expect(bars.querySelector("svg")?.getAttribute("aria-label")).toBe("Two bars");
  });

  it("renders an 'omitted' entry as a note counting what the output cap left out", () => {
    const el = renderEntry({ type: "omitted", entries: 66000, chars: 1234567 }, doc(), "en");
    expect(el.textContent).toBe("… 66,000 more lines (1,234,567 characters) left out here: a run keeps about 500 KB of output, then only its last 10 lines.");
  });

  it("renders logs as one line, warnings labelled, and errors with their line", () => {
    const d = doc();
    expect(renderEntry({ type: "log", level: "log", parts: [serialize("a"), serialize(1), serialize([1, 2])] }, d, "en").textContent).toBe("a 1 [1, 2]");
    expect(renderEntry({ type: "log", level: "warn", parts: [serialize("careful")] }, d, "en").textContent).toBe("warn: careful");
    expect(renderEntry({ type: "error", error: { name: "TypeError", message: "x is not a function", line: 3, where: "code" } }, d, "en").textContent).toBe("TypeError: x is not a function (line 3)");
    expect(renderEntry({ type: "error", error: { name: "TypeError", message: "bad", line: 1, where: "check" } }, d, "en").textContent).toBe("TypeError: bad (line 1 of the check)");
  });

  it("renders an object as a collapsible tree, open at the top level", () => {
    const el = renderEntry({ type: "show", value: serialize({ a: 1, nested: { b: [1, 2] } }) }, doc(), "en");
    const details = el.querySelector("details");
    expect(details?.hasAttribute("open")).toBe(true);
    expect(details?.querySelector("summary")?.textContent).toBe("Object {2 fields}");
  });

  it("renderEntry(entry, doc, \"zh\") labels tables, traces, masks, notes and errors in Chinese", () => {
    const matrix = renderEntry({ type: "show", value: serialize(fromRows([[0, 1]])) }, doc(), "zh");
    expect(matrix.querySelector("caption")?.textContent).toBe("矩阵 1×2（行 × 列）");
    const t = scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0], [0, 1]]), fromRows([[2], [4]]));
    const trace = renderEntry({ type: "result", value: serialize(t) }, doc(), "zh");
    expect([...trace.querySelectorAll("figcaption")].map((f) => f.textContent)).toEqual(["缩放（并掩蔽）后的分数", "权重（每行之和为 1）"]);
    expect(trace.querySelector("caption")?.textContent).toBe("输出 1×1（行 × 列）");
    const mask = renderEntry({ type: "show", value: { kind: "mask", rows: 1, cols: 2, allowed: [true, false] } }, doc(), "zh");
    expect(mask.querySelector("caption")?.textContent).toBe("掩码 1×2：✓ = 查询（行）可以关注键（列）");
    expect([...mask.querySelectorAll("td")].map((td) => td.getAttribute("aria-label"))).toEqual(["允许", "屏蔽"]);
    expect(renderEntry({ type: "error", error: { name: "TypeError", message: "bad", line: 1, where: "check" } }, doc(), "zh").textContent).toBe("TypeError: bad（检查代码第 1 行）");
    expect(renderEntry({ type: "log", level: "warn", parts: [serialize("小心")] }, doc(), "zh").textContent).toBe("警告：小心");
    const large = serialize({ rows: 100, cols: 100, data: new Float64Array(10_000) });
    expect(renderEntry({ type: "result", value: large }, doc(), "zh").textContent).toBe("矩阵 100x100（太大，无法显示；请显示其中一部分，例如用 sliceCols）");
    expect(renderEntry({ type: "result", value: large }, doc(), "en").textContent).toBe("Matrix 100x100 (too large to show; show a slice, e.g. sliceCols)");
    expect(renderEntry({ type: "show", value: serialize({ a: 1 }) }, doc(), "zh").querySelector("summary")?.textContent).toBe("对象 {1 个字段}");
    expect(renderEntry({ type: "omitted", entries: 66000, chars: 1234567 }, doc(), "zh").textContent).toBe("…… 此处省略了 66,000 行（1,234,567 个字符）：一次运行保留约 500 KB 的输出，之后只保留最后 10 行。");
  });

  it("renderEntry(core error, doc, lang) says a core refusal in the page's language, and a reader's own error as the engine said it", () => {
    let refusal = new AttentionError("none", { code: "emptyVector", params: {} });
    try {
      scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0], [0, 1]]), fromRows([[2], [4], [6]]));
    } catch (error) {
      if (error instanceof AttentionError) refusal = error;
    }
    const error = { name: refusal.name, message: refusal.message, reason: { op: refusal.op, ...refusal.reason }, line: 2, where: "code" as const };
    expect(renderEntry({ type: "error", error }, doc(), "en").textContent).toBe(
      "AttentionError: attention: K is 2x2 but V is 3x1; K and V need the same number of rows (Lk), one per source token (line 2)",
    );
    expect(renderEntry({ type: "error", error }, doc(), "zh").textContent).toBe(
      "AttentionError: attention：K 是 2x2，但 V 是 3x1；K 和 V 的行数（Lk）必须相同，每个源词元一行（第 2 行）",
    );
    expect(renderEntry({ type: "show", value: serialize(refusal) }, doc(), "zh").textContent).toMatch(/^AttentionError: attention：K 是 2x2，但 V 是 3x1；/);
    expect(renderEntry({ type: "show", value: serialize(new TypeError("x is not a function")) }, doc(), "zh").textContent).toBe("TypeError: x is not a function");
  });
});
