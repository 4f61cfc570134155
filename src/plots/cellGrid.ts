/**
 * A heatmap's cells as a regular grid: every cell `width` x `height`, column j at x0 + j * stepX,
 * row i at y0 + i * stepY. `at[n]` is rect n's place (i * cols + j) in a cols x rows image.
 */
export interface CellGrid {
  x0: number;
  y0: number;
  stepX: number;
  stepY: number;
  width: number;
  height: number;
  cols: number;
  rows: number;
  at: Int32Array;
}

/**
 * Finds the grid under a heatmap's cell rects, given as [x, y, width, height] per rect (`geometry`,
 * length 4 x rects), so their colours can be drawn as one scaled image of one pixel per cell.
 * Plot's band scales round to whole pixels, so a heatmap's cells share one size and one step; the
 * rects need not cover the grid (masked cells are drawn by another mark). Returns undefined when
 * the rects are not such a grid, and the caller paints each rect instead.
 */
export function cellGrid(geometry: Float64Array): CellGrid | undefined {
  const count = geometry.length / 4;
  if (count === 0) return undefined;
  const width = geometry[2];
  const height = geometry[3];
  let x0 = Infinity;
  let y0 = Infinity;
  for (let n = 0; n < count; n++) {
    if (geometry[n * 4 + 2] !== width || geometry[n * 4 + 3] !== height) return undefined;
    x0 = Math.min(x0, geometry[n * 4]);
    y0 = Math.min(y0, geometry[n * 4 + 1]);
  }
  // The step is the smallest distance from the first column (or row) to another; one column has none.
  let stepX = Infinity;
  let stepY = Infinity;
  for (let n = 0; n < count; n++) {
    const dx = geometry[n * 4] - x0;
    const dy = geometry[n * 4 + 1] - y0;
    if (dx > 0) stepX = Math.min(stepX, dx);
    if (dy > 0) stepY = Math.min(stepY, dy);
  }
  if (stepX === Infinity) stepX = width;
  if (stepY === Infinity) stepY = height;
  if (stepX < width || stepY < height) return undefined; // overlapping cells are no grid
  const place = (offset: number, step: number) => {
    const index = Math.round(offset / step);
    return Math.abs(index * step - offset) < 1e-6 ? index : -1;
  };
  const columns = new Int32Array(count);
  const rowsOf = new Int32Array(count);
  let cols = 0;
  let rows = 0;
  for (let n = 0; n < count; n++) {
    const j = place(geometry[n * 4] - x0, stepX);
    const i = place(geometry[n * 4 + 1] - y0, stepY);
    if (j < 0 || i < 0) return undefined;
    columns[n] = j;
    rowsOf[n] = i;
    cols = Math.max(cols, j + 1);
    rows = Math.max(rows, i + 1);
  }
  const at = new Int32Array(count);
  for (let n = 0; n < count; n++) at[n] = rowsOf[n] * cols + columns[n];
  return { x0, y0, stepX, stepY, width, height, cols, rows, at };
}
