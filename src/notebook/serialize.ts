import { AttentionError } from "../core/errors";
import { errorReason } from "./errorReason";
import { isMatrixLike } from "./matrixValue";
import type { MatrixValue, OutputValue } from "./outputTypes";
import { plotBrand, type PlotOutput } from "./plotSpecs";

/** Limits that keep an output readable and a huge value from flooding the page. */
const defaults = { maxDepth: 4, maxItems: 100, maxKeys: 50, maxCells: 2500 } as const;

const traceStages = ["scores", "scaled", "masked", "weights", "output"] as const;

function toMatrixValue(m: { rows: number; cols: number; data: ArrayLike<number> }): MatrixValue {
  return { kind: "matrix", rows: m.rows, cols: m.cols, data: Array.from(m.data) };
}

function isMask(value: object): value is { rows: number; cols: number; allowed: Uint8Array } {
  const m = value as { rows?: unknown; cols?: unknown; allowed?: unknown };
  return Number.isInteger(m.rows) && Number.isInteger(m.cols) && m.allowed instanceof Uint8Array && m.allowed.length === (m.rows as number) * (m.cols as number);
}

function isTrace(value: object): boolean {
  return traceStages.every((stage) => isMatrixLike((value as Record<string, unknown>)[stage]));
}

/**
 * Any value a cell returns, shows or logs -> plain data the page can draw (OutputValue). Matrices,
 * masks, attention traces and plots are recognised by shape; cycles, depth and size are capped.
 */
export function serialize(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): OutputValue {
  switch (typeof value) {
    case "number":
      return { kind: "number", value };
    case "string":
      return { kind: "string", value };
    case "boolean":
      return { kind: "boolean", value };
    case "undefined":
      return { kind: "undefined" };
    case "bigint":
      return { kind: "text", text: `${value}n` };
    case "symbol":
      return { kind: "text", text: value.toString() };
    case "function":
      return { kind: "text", text: `ƒ ${value.name || "anonymous"}()` };
  }
  if (value === null) return { kind: "null" };
  const object = value as object;
  if (plotBrand in object) return { kind: "plot", spec: (object as PlotOutput)[plotBrand] };
  if (object instanceof Error) {
    const reason = object instanceof AttentionError ? errorReason(object) : undefined;
    return { kind: "error", name: object.name, message: object.message, ...(reason ? { reason } : {}) };
  }
  if (object instanceof Date) return { kind: "text", text: object.toISOString() };
  if (isMatrixLike(object)) {
    if (object.rows * object.cols > defaults.maxCells) return { kind: "largeMatrix", rows: object.rows, cols: object.cols };
    return toMatrixValue(object);
  }
  if (isMask(object)) return { kind: "mask", rows: object.rows, cols: object.cols, allowed: Array.from(object.allowed, (x) => x === 1) };
  if (isTrace(object)) {
    const t = object as Record<(typeof traceStages)[number], { rows: number; cols: number; data: ArrayLike<number> }> & { scale?: unknown };
    return {
      kind: "trace",
      scale: typeof t.scale === "number" ? t.scale : NaN,
      scores: toMatrixValue(t.scores),
      scaled: toMatrixValue(t.scaled),
      masked: toMatrixValue(t.masked),
      weights: toMatrixValue(t.weights),
      output: toMatrixValue(t.output),
    };
  }
  if (seen.has(object)) return { kind: "text", text: "[circular]" };
  if (depth >= defaults.maxDepth) return { kind: "text", text: Array.isArray(object) ? `Array(${object.length})` : "{…}" };
  seen.add(object);
  try {
    if (Array.isArray(object) || ArrayBuffer.isView(object) || object instanceof Set) {
      const all = object instanceof Set ? [...object] : Array.from(object as ArrayLike<unknown>);
      const label = object instanceof Set ? `Set(${all.length})` : Array.isArray(object) ? `Array(${all.length})` : `${object.constructor.name}(${all.length})`;
      return {
        kind: "array",
        label,
        items: all.slice(0, defaults.maxItems).map((x) => serialize(x, depth + 1, seen)),
        more: Math.max(0, all.length - defaults.maxItems),
      };
    }
    const pairs: [string, unknown][] = object instanceof Map ? [...object].map(([k, v]) => [String(k), v]) : Object.entries(object);
    const name = object.constructor && object.constructor !== Object ? object.constructor.name : "";
    return {
      kind: "object",
      label: object instanceof Map ? `Map(${pairs.length})` : name,
      entries: pairs.slice(0, defaults.maxKeys).map(([k, v]) => [k, serialize(v, depth + 1, seen)]),
      more: Math.max(0, pairs.length - defaults.maxKeys),
    };
  } finally {
    seen.delete(object);
  }
}
