import { describe, expect, it } from "vitest";
import { cellGrid } from "../../../src/plots/cellGrid";

/** [x, y, width, height] per rect, as paintCellsOnCanvas reads them. */
const geometry = (rects: number[][]) => Float64Array.from(rects.flat());

describe("cellGrid", () => {
  it("cellGrid(geometry) finds the origin, step, size and each rect's row-major place in a 2 x 3 grid", () => {
    const rects = [0, 1].flatMap((i) => [0, 1, 2].map((j) => [76 + 43 * j, 25 + 43 * i, 41, 41]));
    const grid = cellGrid(geometry(rects))!;
    expect({ ...grid, at: Array.from(grid.at) }).toEqual({ x0: 76, y0: 25, stepX: 43, stepY: 43, width: 41, height: 41, cols: 3, rows: 2, at: [0, 1, 2, 3, 4, 5] });
  });

  it("cellGrid(geometry) places rects given out of order and leaves holes where cells are missing (masked)", () => {
    // A 2 x 2 grid without (0, 1), listed bottom row first.
    const grid = cellGrid(geometry([[10, 30, 18, 18], [30, 30, 18, 18], [10, 10, 18, 18]]))!;
    expect([grid.cols, grid.rows, ...grid.at]).toEqual([2, 2, 2, 3, 0]);
  });

  it("cellGrid(geometry) of one rect, one row or one column takes the cell's own size as the missing step", () => {
    expect(cellGrid(geometry([[5, 6, 7, 8]]))).toMatchObject({ stepX: 7, stepY: 8, cols: 1, rows: 1 });
    expect(cellGrid(geometry([[0, 0, 10, 10], [0, 12, 10, 10]]))).toMatchObject({ stepX: 10, stepY: 12, cols: 1, rows: 2 });
  });

  it("cellGrid(geometry) is undefined for rects of different sizes, off the step, overlapping, or none", () => {
    expect(cellGrid(geometry([[0, 0, 10, 10], [12, 0, 11, 10]]))).toBeUndefined();
    expect(cellGrid(geometry([[0, 0, 10, 10], [12, 0, 10, 10], [25, 0, 10, 10]]))).toBeUndefined();
    expect(cellGrid(geometry([[0, 0, 10, 10], [5, 0, 10, 10]]))).toBeUndefined();
    expect(cellGrid(new Float64Array(0))).toBeUndefined();
  });
});
