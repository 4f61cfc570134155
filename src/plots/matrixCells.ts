import type { Matrix } from "../core";

/** One heatmap cell: row i (query), column j (key) and its value; `masked` when the value is -Infinity. */
export interface MatrixCell {
  i: number;
  j: number;
  value: number;
  masked: boolean;
}

/** Flattens a matrix into cells for Plot's cell and text marks (tidy data, one object per entry). */
export function matrixCells(m: Matrix): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) {
      const value = m.data[i * m.cols + j];
      cells.push({ i, j, value, masked: value === -Infinity });
    }
  }
  return cells;
}
