import type { OutputEntry, OutputValue } from "./outputTypes";
import type { Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";

/**
 * What one run may send to the page. A loop that logs 100,000 lines would otherwise post 100,000
 * messages and build 100,000 elements; the page would freeze for seconds.
 * - `maxChars`: output kept per run, about 500 KB of text (some 12,000 short lines); past it only
 *   the last `tailEntries` are kept.
 * - `maxStringChars`, `maxStringLines`: one logged string longer than this is cut.
 * - `immediateEntries`: the first entries go out one by one, so a log before an endless loop shows;
 *   later ones go in batches of at most `batchEntries`, at least `batchMs` apart.
 */
export interface OutputLimits {
  readonly maxChars: number;
  readonly tailEntries: number;
  readonly maxStringChars: number;
  readonly maxStringLines: number;
  readonly immediateEntries: number;
  readonly batchEntries: number;
  readonly batchMs: number;
}

export const outputLimits: OutputLimits = {
  maxChars: 500_000,
  tailEntries: 10,
  maxStringChars: 20_000,
  maxStringLines: 500,
  immediateEntries: 30,
  batchEntries: 250,
  batchMs: 30,
};

/** Characters an entry adds to the cap; a number or a bracket counts as a few. */
export function entrySize(entry: OutputEntry): number {
  const overhead = 32;
  switch (entry.type) {
    case "log":
      return overhead + entry.parts.reduce((n, p) => n + valueSize(p), 0);
    case "show":
    case "result":
      return overhead + valueSize(entry.value) + (entry.type === "show" ? (entry.label?.length ?? 0) : 0);
    case "error":
      return overhead + entry.error.message.length;
    case "omitted":
      return overhead;
    case "note":
      return overhead + entry.text.length;
  }
}

function valueSize(v: OutputValue): number {
  switch (v.kind) {
    case "string":
      return v.value.length;
    case "text":
      return v.text.length;
    case "error":
      return v.name.length + v.message.length;
    case "matrix":
      return 8 * v.data.length;
    case "mask":
      return 2 * v.allowed.length;
    case "trace":
      return 8 * (v.scores.data.length * 4 + v.output.data.length);
    case "plot":
      return 8 * (v.spec.type === "heatmap" ? v.spec.matrix.data.length : v.spec.type === "bars" ? v.spec.values.length : 2 * v.spec.xs.length);
    case "array":
      return 4 + v.items.reduce((n, x) => n + valueSize(x), 0);
    case "object":
      return 4 + v.entries.reduce((n, [k, x]) => n + k.length + valueSize(x), 0);
    default:
      return 8;
  }
}

/** A string cut to the limits, saying in `lang` how much was left out. */
function cutString(text: string, limits: OutputLimits, lang: Lang): string {
  let cut = text;
  let lines = 0;
  let at = -1;
  while (lines < limits.maxStringLines && (at = cut.indexOf("\n", at + 1)) >= 0) lines++;
  if (at >= 0) cut = cut.slice(0, at);
  if (cut.length > limits.maxStringChars) cut = cut.slice(0, limits.maxStringChars);
  if (cut.length === text.length) return text;
  const rest = text.slice(cut.length);
  const restLines = rest.split("\n").length - 1;
  return cut + notebookRunText[lang].stringCut(restLines, rest.length);
}

function cutValue(v: OutputValue, limits: OutputLimits, lang: Lang): OutputValue {
  if (v.kind === "string") {
    const value = cutString(v.value, limits, lang);
    return value === v.value ? v : { kind: "string", value };
  }
  if (v.kind === "text") {
    const text = cutString(v.text, limits, lang);
    return text === v.text ? v : { kind: "text", text };
  }
  return v;
}

/** The entry with any very long string in it cut (strings inside arrays and objects are short already). */
function cutEntry(entry: OutputEntry, limits: OutputLimits, lang: Lang): OutputEntry {
  if (entry.type === "log") return { ...entry, parts: entry.parts.map((p) => cutValue(p, limits, lang)) };
  if (entry.type === "show" || entry.type === "result") return { ...entry, value: cutValue(entry.value, limits, lang) };
  if (entry.type === "error") return { ...entry, error: { ...entry.error, message: cutString(entry.error.message, limits, lang) } };
  return entry;
}

/**
 * Bounds one run's output before it is posted: the first entries one by one, then batches; once
 * `maxChars` are kept, only the last `tailEntries` are held back and sent at the end, after an
 * "omitted" entry counting what was left out. `post` receives entries in order; a cut string says
 * what it left out in `lang`, the page's language.
 */
export function createOutputCap(post: (entries: OutputEntry[]) => void, lang: Lang, now: () => number = () => performance.now(), limits: OutputLimits = outputLimits) {
  let kept = 0;
  let chars = 0;
  let pending: OutputEntry[] = [];
  let lastPost = -Infinity;
  const tail: OutputEntry[] = [];
  let omitted = { entries: 0, chars: 0 };

  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    lastPost = now();
    post(batch);
  };

  return {
    add(raw: OutputEntry): void {
      const entry = cutEntry(raw, limits, lang);
      const size = entrySize(entry);
      if (omitted.entries === 0 && tail.length === 0 && chars + size <= limits.maxChars) {
        chars += size;
        kept++;
        pending.push(entry);
        if (kept <= limits.immediateEntries || pending.length >= limits.batchEntries || now() - lastPost >= limits.batchMs) flush();
        return;
      }
      tail.push(entry);
      if (tail.length > limits.tailEntries) {
        const dropped = tail.shift()!;
        omitted = { entries: omitted.entries + 1, chars: omitted.chars + entrySize(dropped) };
      }
    },
    /** Sends what is held back: the pending batch, then the omitted count and the last entries. */
    end(): void {
      if (omitted.entries > 0) pending.push({ type: "omitted", ...omitted });
      pending.push(...tail);
      tail.length = 0;
      omitted = { entries: 0, chars: 0 };
      flush();
    },
  };
}
