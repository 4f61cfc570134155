/**
 * A "show the numbers" table of labelled text cells (numbersTable's sibling for rows that are not a
 * matrix, e.g. parameter counts by block): a caption, a header row, and a row header per row.
 */
export function textTable(document: Document, caption: string, head: readonly string[], rows: readonly (readonly string[])[]): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "numbers";
  const captionEl = document.createElement("caption");
  captionEl.textContent = caption;
  const thead = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const text of head) {
    const th = document.createElement("th");
    th.setAttribute("scope", "col");
    th.textContent = text;
    headRow.append(th);
  }
  thead.append(headRow);
  const tbody = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    row.forEach((text, n) => {
      // The first cell names the row, so screen readers announce it with each value.
      const cell = document.createElement(n === 0 ? "th" : "td");
      if (n === 0) cell.setAttribute("scope", "row");
      cell.textContent = text;
      tr.append(cell);
    });
    tbody.append(tr);
  }
  table.append(captionEl, thead, tbody);
  return table;
}
