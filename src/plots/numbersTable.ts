import type { Matrix } from "../core";
import { formatValue } from "./formatValue";

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

/** The "show the numbers" table of a figure: a real <table> with row and column headers. */
export function numbersTable(m: Matrix, options: NumbersTableOptions): HTMLTableElement {
  const doc = options.document ?? document;
  const digits = options.digits ?? 3;
  const table = doc.createElement("table");
  table.className = "numbers";
  const caption = doc.createElement("caption");
  caption.textContent = options.caption;
  table.append(caption);
  const head = doc.createElement("thead");
  const headRow = doc.createElement("tr");
  const corner = doc.createElement("th");
  corner.setAttribute("scope", "col");
  corner.textContent = options.corner ?? "";
  headRow.append(corner);
  for (const label of options.colLabels) {
    const th = doc.createElement("th");
    th.setAttribute("scope", "col");
    th.textContent = label;
    headRow.append(th);
  }
  head.append(headRow);
  const body = doc.createElement("tbody");
  for (let i = 0; i < m.rows; i++) {
    const tr = doc.createElement("tr");
    const th = doc.createElement("th");
    th.setAttribute("scope", "row");
    th.textContent = options.rowLabels[i] ?? String(i);
    tr.append(th);
    for (let j = 0; j < m.cols; j++) {
      const td = doc.createElement("td");
      td.textContent = formatValue(m.data[i * m.cols + j], digits);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  return table;
}
