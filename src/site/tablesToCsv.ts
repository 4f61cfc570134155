/** A number as the tables print it (true minus, −∞, thousands separators), e.g. "−1,024.5". */
const printedNumber = /^[−-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[−-]?∞$/;

/** A printed number in the form spreadsheets and pandas read: ASCII minus, no separators, "inf". */
function plainNumber(text: string): string {
  return text.replace("−", "-").replace(/,/g, "").replace("∞", "inf");
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The "show the numbers" tables of a figure as CSV (RFC 4180, CRLF line ends): each row as shown,
 * header row first, numbers in plain form (`−0.25` -> `-0.25`, `1,024` -> `1024`, `−∞` -> `-inf`).
 * One table is the whole file; several each start with their caption on a line of its own and are
 * separated by an empty line.
 */
export function tablesToCsv(tables: readonly HTMLTableElement[]): string {
  const lines: string[] = [];
  tables.forEach((table, n) => {
    if (tables.length > 1) {
      if (n > 0) lines.push("");
      lines.push(field(table.querySelector("caption")?.textContent?.trim() || `table ${n + 1}`));
    }
    for (const row of table.querySelectorAll("tr")) {
      const cells = Array.from(row.querySelectorAll("th, td"), (cell) => {
        const text = (cell.textContent ?? "").replace(/\s+/g, " ").trim();
        return field(printedNumber.test(text) ? plainNumber(text) : text);
      });
      lines.push(cells.join(","));
    }
  });
  return `${lines.join("\r\n")}\r\n`;
}
