import type { Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";
import type { MatrixValue } from "./outputTypes";

/** True for the core's Matrix shape: rows x cols numbers in a row-major array. */
export function isMatrixLike(value: unknown): value is { rows: number; cols: number; data: ArrayLike<number> } {
  if (!value || typeof value !== "object") return false;
  const m = value as { rows?: unknown; cols?: unknown; data?: unknown };
  return (
    Number.isInteger(m.rows) &&
    Number.isInteger(m.cols) &&
    ArrayBuffer.isView(m.data) &&
    (m.data as unknown as ArrayLike<number>).length === (m.rows as number) * (m.cols as number)
  );
}

/**
 * A Matrix or nested number arrays -> MatrixValue; anything else is refused naming `op`, so a
 * reader who passed the wrong thing learns what was expected.
 */
export function matrixValue(m: unknown, op: string): MatrixValue {
  if (isMatrixLike(m)) return { kind: "matrix", rows: m.rows, cols: m.cols, data: Array.from(m.data) };
  if (Array.isArray(m) && m.length > 0 && m.every((row) => Array.isArray(row) || ArrayBuffer.isView(row))) {
    const rows = m as ArrayLike<unknown>[];
    const cols = rows[0].length;
    const data: number[] = [];
    rows.forEach((row, i) => {
      if (row.length !== cols) throw new RangeError(`${op}: row ${i} has ${row.length} entries but row 0 has ${cols}`);
      for (let j = 0; j < cols; j++) {
        const x = row[j];
        if (typeof x !== "number") throw new TypeError(`${op}: entry (${i}, ${j}) is ${String(x)}, not a number`);
        data.push(x);
      }
    });
    return { kind: "matrix", rows: rows.length, cols, data };
  }
  throw new TypeError(`${op}: expected a matrix (from the core, or nested arrays of numbers) but got ${describe(m, "en")}`);
}

/** A short description of a value for error messages in `lang`: "undefined", "a number (3)", "an object". */
export function describe(value: unknown, lang: Lang): string {
  const t = notebookRunText[lang];
  if (value === undefined || value === null) return String(value);
  if (typeof value === "number") return t.describeNumber(value);
  if (typeof value === "string") return t.describeString(JSON.stringify(value.slice(0, 30)));
  if (Array.isArray(value)) return t.describeArray(value.length);
  if (typeof value === "function") return t.describeFunction;
  return typeof value === "object" ? t.describeObject : t.describeOther(typeof value);
}
