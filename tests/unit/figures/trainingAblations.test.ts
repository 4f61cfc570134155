import { describe, expect, it } from "vitest";
import trainingAblations, { ablation, ablations } from "../../../src/figures/trainingAblations";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { Lang } from "../../../src/i18n/lang";

function render(metric: string, lang: Lang = "en") {
  let readout = "";
  let labels: (string | null)[] = [];
  let tables = 0;
  let cells: string[] = [];
  let headers: string[] = [];
  renderToHtml((document) => {
    const out = trainingAblations[lang].render({ metric: metric as "loss" }, document);
    readout = out.readout ?? "";
    labels = out.plots.map((p) => p.getAttribute("aria-label"));
    const built = tablesOf(out);
    tables = built.length;
    cells = built.flatMap((t) => [...t.querySelectorAll("td")].map((td) => td.textContent ?? ""));
    headers = built.flatMap((t) => [...t.querySelectorAll("th")].map((th) => th.textContent ?? ""));
    return document.createElement("div");
  }, "en");
  return { readout, labels, tables, cells, headers };
}

describe("training-ablations figure", () => {
  it("ablation(name) finds a run of ablations.json and refuses one it does not hold", () => {
    expect(ablation("noSourcePositions").settings.ablations).toEqual({ noSourcePositions: true });
    expect(() => ablation("nothing" as "default")).toThrow("ablations.json has no run “nothing”");
  });

  it("renders two charts (the scale; the padding mask and positions) named with each run's last value, and two tables", () => {
    const { readout, labels, tables } = render("exactMatch");
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^Validation exact match against training steps for the 1\/√d_k scale, at d_k = 8 and d_k = 32: at step 300 default \(4 heads, d_k = 8\) \d\.\d\d, without 1\/√d_k/);
    expect(labels[1]).toContain("without positions in the encoder");
    expect(tables).toBe(2);
    const last = (name: "unmaskedSourcePadding") => ablation(name).evaluations[ablation(name).evaluations.length - 1].exactMatch.toFixed(2);
    expect(readout).toContain(`without the source padding mask ${last("unmaskedSourcePadding")}`);
    expect(readout).toMatch(/^Validation exact match at step 300, on the lab's 32 evaluation sentences: default /);
  });

  it("the loss is drawn on a log scale with significant digits; a measure it does not know is refused", () => {
    expect(render("loss").labels[0]).toMatch(/^Validation loss against training steps for the 1\/√d_k scale/);
    expect(() => render("speed")).toThrow("Measure is “speed”; choose exact match, loss or alignment error rate");
  });

  it("trainingAblations.zh names the runs and measures in Chinese (the JSON's English labels stay out) with the same numbers", () => {
    const en = render("exactMatch");
    const zh = render("exactMatch", "zh");
    const last = (name: "default" | "oneHeadUnscaled") => ablation(name).evaluations[ablation(name).evaluations.length - 1].exactMatch.toFixed(2);
    expect(zh.readout).toMatch(new RegExp(`^第 300 步时在实验面板的 32 个评估句上的验证完全匹配率：默认 ${last("default")}；去掉 1/√d_k \\d\\.\\d\\d；1 个头（d_k = 32） `));
    expect(zh.readout).toMatch(/；编码器中去掉位置信息 \d\.\d\d。$/);
    expect(zh.readout).toContain(`1 个头（d_k = 32），去掉 1/√d_k ${last("oneHeadUnscaled")}`);
    expect(zh.labels[0]).toMatch(/^验证完全匹配率随训练步数的变化（1\/√d_k 缩放，d_k = 8 和 d_k = 32）：第 300 步时，默认（4 个头，d_k = 8） \d\.\d\d，去掉 1\/√d_k/);
    expect(zh.labels[1]).toContain("编码器中去掉位置信息");
    // Same numbers; the run names (the first cell of each row of the first table) translated.
    const numeric = (cells: string[]) => cells.filter((c) => /^[\d.,\s]+$/.test(c));
    expect(numeric(zh.cells)).toEqual(numeric(en.cells));
    expect(numeric(zh.cells).length).toBeGreaterThan(100);
    for (const r of ablations.runs) expect(zh.cells.join("|") + zh.headers.join("|")).not.toContain(r.label);
    expect(zh.headers).toContain("对齐错误率（各头平均）");
    expect(() => render("speed", "zh")).toThrow("度量为“speed”；请选择完全匹配率、损失或对齐错误率");
  });

  it("every run's curve has a point every few steps up to ablations.steps", () => {
    for (const r of ablations.runs) expect(r.evaluations[r.evaluations.length - 1].step, r.name).toBe(ablations.steps);
  });
});
