import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { paintCellsOnCanvas } from "../../../src/plots/paintCellsOnCanvas";

/** A heatmap's cell group as Plot draws it, in a server-side DOM (no canvas there). */
function drawing(transform = "") {
  const { document } = parseHTML(
    `<!doctype html><html><body><svg width="100" height="50"><g class="heatmap-cells"${transform}><rect x="0" y="0" width="10" height="10" fill="#440154"></rect><rect x="10" y="0" width="10" height="10" fill="#21918c"></rect></g></svg></body></html>`,
  );
  const svg = document.querySelector("svg")!;
  const cells = svg.querySelector(".heatmap-cells")!;
  return { svg, cells, rects: Array.from(cells.children), before: svg.outerHTML };
}

describe("paintCellsOnCanvas", () => {
  it("paintCellsOnCanvas(svg, cells, rects, fills) returns false and changes nothing where there is no canvas (the build's DOM)", () => {
    const { svg, cells, rects, before } = drawing();
    expect(paintCellsOnCanvas(svg, cells, rects, ["red", "blue"])).toBe(false);
    expect(svg.outerHTML).toBe(before);
  });

  it("paintCellsOnCanvas(svg, cells, rects, fills) leaves a transformed cell group to the caller's fills", () => {
    const { svg, cells, rects, before } = drawing(' transform="translate(5,0)"');
    expect(paintCellsOnCanvas(svg, cells, rects, ["red", "blue"])).toBe(false);
    expect(svg.outerHTML).toBe(before);
  });
});
