import { describe, expect, it } from "vitest";
import { defineFigure, tablesOf } from "../../../src/figures/figureDefinition";
import { loadFigure } from "../../../src/figures/registry";
import { renderToHtml } from "../../../src/plots/renderToHtml";

describe("defineFigure", () => {
  it("defineFigure(lang => definition) builds one definition per edition, each in its own words", () => {
    const figure = defineFigure<{ x: number }>((lang) => ({
      controls: [{ kind: "range", name: "x", label: lang === "zh" ? "数值" : "Value", min: 0, max: 1, step: 1 }],
      initial: { x: 0 },
      render: () => ({ plots: [], tables: [] }),
    }));
    expect(figure.en.controls[0].label).toBe("Value");
    expect(figure.zh.controls[0].label).toBe("数值");
  });

  it("defineFigure(definition) gives the same definition in every edition", () => {
    const definition = { controls: [], initial: {}, render: () => ({ plots: [], tables: [] }) };
    const figure = defineFigure(definition);
    expect(figure.en).toBe(definition);
    expect(figure.zh).toBe(definition);
  });
});

describe("loadFigure", () => {
  it('loadFigure(name, "zh") gives the figure with Chinese control labels, table headers and readout, and the same numbers as in English', async () => {
    const en = await loadFigure("positions-sinusoidal", "en");
    const zh = await loadFigure("positions-sinusoidal", "zh");
    expect(zh.controls.map((c) => c.label)).toEqual(["位置数", "宽度 d_model", "位置 p"]);
    let enTables = "";
    let zhTables = "";
    let zhReadout = "";
    renderToHtml((document) => {
      enTables = tablesOf(en.render(en.initial, document)).map((t) => t.outerHTML).join("");
      const output = zh.render(zh.initial, document);
      zhTables = tablesOf(output).map((t) => t.outerHTML).join("");
      zhReadout = output.readout ?? "";
      return document.createElement("div");
    }, "en");
    expect(zhTables).toContain("<th scope=\"col\">位置 j</th>");
    expect(zhReadout).toMatch(/^d_model = 16 时，第 0、1 列每 6\.28 个位置重复一次/);
    const numbers = (html: string) => html.match(/<td>[^<]*<\/td>/g);
    expect(numbers(zhTables)).toEqual(numbers(enTables));
  });

  it("loadFigure(name, lang) refuses an unknown name and lists the known ones", async () => {
    await expect(loadFigure("no-such-figure", "zh")).rejects.toThrow(/no figure named "no-such-figure"; known figures: weights-temperature/);
  });
});
