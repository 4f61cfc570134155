import { describe, expect, it } from "vitest";
import multiHeadLab from "../../../src/figures/multiHeadLab";
import { isShown, optionsOf, settleControls } from "../../../src/figures/settleControls";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { FigureControl } from "../../../src/figures/figureDefinition";

type Select = Extract<FigureControl, { kind: "select" }>;
const control = (name: string) => multiHeadLab.en.controls.find((c) => c.name === name)! as FigureControl;
const state = (dModel: number, heads: number) => ({ ...multiHeadLab.en.initial, dModel, heads });

describe("multiHeadLab", () => {
  it("multiHeadLab's heads menu offers only the divisors of d_model, each with its d_k", () => {
    const heads = control("heads") as Select;
    expect(optionsOf(heads, state(12, 1))).toEqual([
      { value: "1", label: "1 (d_k = 12)" },
      { value: "2", label: "2 (d_k = 6)" },
      { value: "3", label: "3 (d_k = 4)" },
      { value: "4", label: "4 (d_k = 3)" },
      { value: "6", label: "6 (d_k = 2)" },
    ]);
    expect(optionsOf(heads, state(16, 1)).map((o) => o.value)).toEqual(["1", "2", "4", "8"]);
  });

  it("multiHeadLab draws every d_model and head count its controls offer, without an error", () => {
    const dModel = control("dModel") as Select;
    for (const d of optionsOf(dModel, multiHeadLab.en.initial)) {
      for (const h of optionsOf(control("heads") as Select, state(Number(d.value), 1))) {
        expect(() => renderToHtml((document) => multiHeadLab.en.render(state(Number(d.value), Number(h.value)), document).plots[0], "en")).not.toThrow();
      }
    }
  }, 120_000); // 30 full drawings in linkedom

  it("multiHeadLab moves h = 3 when d_model becomes 16, saying why without naming code", () => {
    const { state: settled, notes } = settleControls(multiHeadLab.en.controls, state(16, 3));
    expect(settled.heads).toBe(2);
    expect(notes.heads).toBe("heads h is now 2 (d_k = 8): d_model = 16 does not split into 3 heads of equal width.");
  });

  it("multiHeadLab shows the switch for head n only while there are n heads", () => {
    expect(isShown(control("off4"), state(16, 4))).toBe(true);
    expect(isShown(control("off5"), state(16, 4))).toBe(false);
    expect(isShown(control("off8"), state(16, 8))).toBe(true);
  });
});
