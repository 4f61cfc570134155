import type { OpReason } from "../core/errorMessages";

/**
 * What a cell run produces, as plain data: the worker posts it to the page (structured clone)
 * and the build renders it into the static HTML, so both draw outputs with one renderer.
 */

/** A matrix (rows, cols), row-major, -Infinity kept (a masked score). */
export interface MatrixValue {
  kind: "matrix";
  rows: number;
  cols: number;
  data: number[];
}

export type PlotSpec =
  | { type: "heatmap"; matrix: MatrixValue; rowLabels: string[]; colLabels: string[]; scheme: "sequential" | "diverging"; title?: string }
  | { type: "bars"; values: number[]; labels: string[]; title?: string }
  | { type: "line"; xs: number[]; ys: number[]; title?: string; xLabel?: string; yLabel?: string };

export type OutputValue =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "undefined" }
  /** Functions, symbols, bigints, dates and cycles: shown as text only. */
  | { kind: "text"; text: string }
  | MatrixValue
  /** A matrix too large to show whole (the page says so in its language). */
  | { kind: "largeMatrix"; rows: number; cols: number }
  /** A boolean "allowed" mask (Lq, Lk): true where query i may attend to key j. */
  | { kind: "mask"; rows: number; cols: number; allowed: boolean[] }
  /** An attention trace: every stage of one attention call. */
  | { kind: "trace"; scale: number; scores: MatrixValue; scaled: MatrixValue; masked: MatrixValue; weights: MatrixValue; output: MatrixValue }
  | { kind: "plot"; spec: PlotSpec }
  /** `more`: items left out to keep the output readable. */
  | { kind: "array"; label: string; items: OutputValue[]; more: number }
  | { kind: "object"; label: string; entries: [string, OutputValue][]; more: number }
  /** `reason`: a core error's code and parameters, so the page says it in its own language. */
  | { kind: "error"; name: string; message: string; reason?: OpReason };

/** One thing a run printed, in the order it happened. */
export type OutputEntry =
  | { type: "log"; level: "log" | "warn" | "error"; parts: OutputValue[] }
  | { type: "show"; value: OutputValue; label?: string }
  | { type: "result"; value: OutputValue }
  | { type: "error"; error: CellError }
  /** Where output past the cap was left out: how many entries and characters (see outputCap). */
  | { type: "omitted"; entries: number; chars: number }
  /** What the page says about the output itself, e.g. that what follows came after the run ended. */
  | { type: "note"; text: string };

/** An error as the reader sees it; `line` counts from 1 in the cell's own code. */
export interface CellError {
  name: string;
  message: string;
  /** A core error's code and parameters (AttentionError), so the page says it in its own language. */
  reason?: OpReason;
  line?: number;
  /** "check" when the exercise's check code (not the reader's code) threw. */
  where?: "code" | "check";
}

/** How a run ended: the status contract's final states. */
export type RunStatus = "done" | "error" | "stopped";
