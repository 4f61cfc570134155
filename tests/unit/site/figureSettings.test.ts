import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { figureSettings } from "../../../src/site/figureSettings";

/** Ticks or clears a box as a reader does: the checked property, not the attribute (linkedom has no such property). */
function tick(input: Element | null, checked: boolean) {
  (input as HTMLInputElement).checked = checked;
}

describe("figureSettings", () => {
  it("figureSettings(figure) reads data-control inputs in order, a checkbox as ticked or not", () => {
    const { document } = parseHTML(`<figure id="f"><div class="controls">
      <select data-control="dk"><option value="16">16</option><option value="64" selected>64</option></select>
      <input type="checkbox" data-control="scaled">
      <input type="range" data-control="t" value="1.5">
      <input type="checkbox" data-control="mask" checked>
    </div></figure>`);
    tick(document.querySelector('[data-control="scaled"]'), true);
    tick(document.querySelector('[data-control="mask"]'), false);
    expect(figureSettings(document.getElementById("f")!)).toEqual([["dk", "64"], ["scaled", true], ["t", "1.5"], ["mask", false]]);
  });

  it("figureSettings(figure) puts a stepper's current stage first, then its data-setting inputs", () => {
    const { document } = parseHTML(`<stepper-figure data-step="5"><figure id="s">
      <input type="number" data-setting="seed" value="11"><input type="checkbox" data-setting="mask">
    </figure></stepper-figure>`);
    tick(document.querySelector('[data-setting="mask"]'), true);
    expect(figureSettings(document.getElementById("s")!)).toEqual([["stage", "5"], ["seed", "11"], ["mask", true]]);
  });

  it("figureSettings(figure) is empty for a figure without controls", () => {
    const { document } = parseHTML(`<figure id="f"><svg></svg></figure>`);
    expect(figureSettings(document.getElementById("f")!)).toEqual([]);
  });
});
