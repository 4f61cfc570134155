import { attentionModule, cellGlobals } from "./cellGlobals";
import type { CompiledCell } from "./compileCell";
import { forbidGlobals, type Forbid } from "./forbidGlobals";
import type { CellError, OutputEntry, OutputValue } from "./outputTypes";
import { serialize } from "./serialize";
import { AttentionError } from "../core/errors";
import { errorReason } from "./errorReason";
import { languages, type Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";

export interface RunRequest {
  /** The cell's id; names the code in stack traces so errors map to its lines. */
  id: string;
  compiled: CompiledCell;
  /**
   * true for notebook cells: the code sees earlier cells' names and leaves its own for later ones.
   * false for exercises: only the globals, nothing left behind.
   */
  notebook: boolean;
  /** For exercises: the line (from 1) where the check code starts, so its errors say "in the check". */
  checkFromLine?: number;
  /** For exercises: core functions that throw while this run lasts; check code reaches them through `reference`. */
  forbid?: Forbid;
  /** The language of the page: the worker's own messages and the checks' (check.*) speak it. */
  lang: Lang;
}

interface CellRuntime {
  def: (getters: Record<string, () => unknown>) => void;
  module: (name: string) => unknown;
  /** The core untouched by `forbid`, for an exercise's check code (see exerciseProgram). */
  reference: Readonly<Record<string, unknown>>;
}
type CellFunction = (scope: object, rt: CellRuntime) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => CellFunction;

/** Where `cell-<id>.js:<line>` appears in a stack trace, whatever the engine's format. */
const frame = (file: string) => new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+)`);

/** A file name for a cell's code in stack traces. */
function fileOf(id: string): string {
  return `cell-${id.replace(/[^\w-]/g, "_")}.js`;
}

function compile(body: string, file: string): CellFunction {
  return new AsyncFunction("__scope", "__rt", `${body}\n//# sourceURL=${file}`);
}

/**
 * Lines the engine adds above a Function body (2 in V8), measured once, not assumed, so the
 * mapping stays right in any engine.
 */
let headerLines: number | undefined;
export async function measureHeader(): Promise<number> {
  if (headerLines !== undefined) return headerLines;
  try {
    await compile("throw new Error()", "cell-probe.js")({}, { def() {}, module() {}, reference: {} });
  } catch (error) {
    const m = String((error as Error).stack).match(frame("cell-probe.js"));
    headerLines = m ? Number(m[1]) - 1 : 0;
  }
  return headerLines ?? 0;
}

/** `show` and `console` writing to `emit`. */
function outputIo(emit: (entry: OutputEntry) => void) {
  const parts = (xs: unknown[]): OutputValue[] => xs.map((x) => serialize(x));
  // Each returns undefined, as console.log does, so `console.log(x)` as a cell's last line shows no value.
  const log = (level: "log" | "warn" | "error") => (...xs: unknown[]): void => void emit({ type: "log", level, parts: parts(xs) });
  return {
    show: (value: unknown, label?: string): void => void emit({ type: "show", value: serialize(value), ...(label === undefined ? {} : { label: String(label) }) }),
    console: { log: log("log"), info: log("log"), debug: log("log"), warn: log("warn"), error: log("error"), table: (x: unknown): void => void emit({ type: "show", value: serialize(x) }) },
  };
}

/**
 * The runtime of one notebook: the worker makes one per page, the build one per lesson. It keeps
 * the names cells declare and runs compiled cells, reporting outputs in order. Each run gets its
 * own `show` and `console`: what a timer or promise of a cell prints after the run ended goes to
 * `late` with that cell's id, instead of being lost or landing under another cell.
 */
export function createRuntime(late: (id: string, entry: OutputEntry) => void = () => {}) {
  // show and console are bound per run below; these placeholders only give cellGlobals its shape.
  const globalsIn = Object.fromEntries(languages.map((lang) => [lang, cellGlobals(outputIo(() => {}), lang)])) as Record<Lang, Record<string, unknown>>;
  /** Names declared by notebook cells, read through getters so later cells see their current values. */
  const defs: Record<string, () => unknown> = Object.create(null);
  const moduleOf = (core: Readonly<Record<string, unknown>>, lang: Lang) => (name: string) => {
    if (name !== "attention") throw new Error(notebookRunText[lang].onlyAttentionImport(name));
    return core;
  };

  async function run(request: RunRequest, sink: (entry: OutputEntry) => void): Promise<"done" | "error"> {
    const { id, compiled, notebook, forbid, lang } = request;
    const allGlobals = globalsIn[lang];
    const file = fileOf(id);
    const header = await measureHeader();
    // An exercise's forbidden functions are switched off under every name: globals and the module alike.
    const globals = forbid ? forbidGlobals(allGlobals, forbid, lang) : allGlobals;
    const core = forbid ? Object.freeze(forbidGlobals(attentionModule, forbid, lang)) : attentionModule;
    const visible = compiled.refs.filter((name) => (notebook && name in defs) || name in globals);
    let running = true;
    const io: Record<string, unknown> = outputIo((entry) => (running ? sink(entry) : late(id, entry)));
    const scope = Object.create(null) as Record<string, unknown>;
    for (const name of visible) {
      Object.defineProperty(scope, name, { get: () => (notebook && name in defs ? defs[name]() : name in io ? io[name] : globals[name]), enumerable: true });
    }
    const register = (getters: Record<string, () => unknown>) => {
      for (const [name, get] of Object.entries(getters)) {
        defs[name] = () => {
          try {
            return get();
          } catch {
            throw new ReferenceError(notebookRunText[lang].notAssigned(name, id));
          }
        };
      }
    };
    // Everything added goes on line 1, so the reader's line n stays line n.
    const prelude =
      `"use strict";` +
      (visible.length ? `const { ${visible.join(", ")} } = __scope;` : "") +
      (notebook && compiled.defs.length ? `__rt.def({ ${compiled.defs.map((n) => `${n}: () => ${n}`).join(", ")} });` : "");
    try {
      const fn = compile(prelude + compiled.js, file);
      const result = await fn(scope, { def: register, module: moduleOf(core, lang), reference: attentionModule });
      if (result !== undefined) sink({ type: "result", value: serialize(result) });
      return "done";
    } catch (error) {
      sink({ type: "error", error: toCellError(error, file, header, lang, request.checkFromLine) });
      return "error";
    } finally {
      running = false;
    }
  }

  return { run };
}

/** A thrown value -> the message (in `lang` when the worker words it) and the line in the reader's code (or "in the check"). */
export function toCellError(error: unknown, file: string, header: number, lang: Lang, checkFromLine?: number): CellError {
  if (!(error instanceof Error)) return { name: "Error", message: notebookRunText[lang].threwValue(String(error)), where: "code" };
  const m = String(error.stack ?? "").match(frame(file));
  let line = m ? Number(m[1]) - header : undefined;
  let where: "code" | "check" = "code";
  if (line !== undefined && checkFromLine !== undefined && line >= checkFromLine) {
    where = "check";
    line = line - checkFromLine + 1;
  }
  if (error.name === "CheckFailure") return { name: error.name, message: error.message, where: "check" };
  const reason = error instanceof AttentionError ? errorReason(error) : undefined;
  return { name: error.name, message: error.message, ...(reason ? { reason } : {}), ...(line !== undefined && line > 0 ? { line } : {}), where };
}
