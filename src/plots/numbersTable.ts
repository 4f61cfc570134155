import type { Matrix } from "../core";
import { formatValue } from "./formatValue";
import { textTable } from "./textTable";

export interface NumbersTableOptions {
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** Said by screen readers before the table, e.g. "Attention weights, queries by keys". */
  caption: string;
  /** Header of the row-label column, e.g. "query \\ key". */
  corner?: string;
  digits?: number;
  document?: Document;
}

/** The "show the numbers" table of a matrix: a real <table> with a row header per row, values formatted alike. */
export function numbersTable(m: Matrix, options: NumbersTableOptions): HTMLTableElement {
  const digits = options.digits ?? 3;
  const rows = Array.from({ length: m.rows }, (_, i) => [
    options.rowLabels[i] ?? String(i),
    ...Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols), (value) => formatValue(value, digits)),
  ]);
  return textTable(options.document ?? document, options.caption, [options.corner ?? "", ...options.colLabels], rows);
}
