import type { CompiledCell } from "../../src/notebook/compileCell";
import type { CellError, OutputEntry, RunStatus } from "../../src/notebook/outputTypes";
import { planRun, staleAfter, type PlannedCell } from "../../src/notebook/planRun";
import { WorkerClient } from "./workerClient";
import { langOfTag, type Lang } from "../../src/i18n/lang";
import { loadRunText } from "./loadRunText";

/** What the build put beside each cell: the lesson's code and its JavaScript, ready to run. */
export interface PreparedCell {
  original: string;
  /** null when the lesson's code does not compile; the page compiles it to show the error. */
  compiled: CompiledCell | null;
  timeout: number;
}

/** A cell as the page's notebook tracks it. */
export interface CellModel {
  id: string;
  root: HTMLElement;
  prepared: PreparedCell;
  code: string;
  /** null when the code changed since it was last compiled. */
  compiled: CompiledCell | null;
  /** Ran without error in the current worker with its current code. */
  fresh: boolean;
  /** Came from a shared link and the reader has not pressed Run on it yet: never runs by itself. */
  fromLink: boolean;
}

/** Hooks the cell island gives the notebook to show a run in a cell's DOM. */
export interface CellHooks {
  status(model: CellModel, status: "running" | RunStatus, seconds?: number): void;
  clear(model: CellModel): Promise<void>;
  entry(model: CellModel, entry: OutputEntry): void;
  /** What the cell's timers or promises printed after its run ended. */
  late(model: CellModel, entries: OutputEntry[]): void;
  stale(model: CellModel): void;
}

type Compile = (source: string, lang: Lang) => CompiledCell;
let compiler: Promise<Compile> | undefined;
/** Sucrase and acorn load only when the reader's own code must be compiled. */
export function loadCompiler(): Promise<Compile> {
  compiler ??= import("../../src/notebook/compileCell").then((m) => m.compileCell);
  return compiler;
}

/** A compile failure as an output entry, with the line in the reader's code. */
export function compileError(error: unknown, checkFromLine?: number): CellError {
  const e = error as { message?: string; line?: number };
  const message = String(e.message ?? error).replace(/\s*\(line \d+\)$/, "");
  if (e.line !== undefined && checkFromLine !== undefined && e.line >= checkFromLine) {
    return { name: "SyntaxError", message, line: e.line - checkFromLine + 1, where: "check" };
  }
  return { name: "SyntaxError", message, line: e.line, where: "code" };
}

/**
 * The notebook of one lesson page: every cell in reading order, one worker, one run at a time.
 * Running a cell first runs the earlier cells it needs that are not up to date; afterwards the
 * later cells that read its names are marked stale.
 */
export class PageNotebook {
  readonly worker = new WorkerClient();
  readonly cells: CellModel[] = [];
  /** The page's language: the runs' messages speak it. */
  readonly lang: Lang;
  private queue: Promise<unknown> = Promise.resolve();
  private generation = 0;
  hooks: CellHooks | undefined;

  constructor(doc: Document) {
    this.lang = langOfTag(doc.documentElement.lang);
    for (const root of doc.querySelectorAll<HTMLElement>("[data-cell]")) {
      const script = root.querySelector("script[data-cell-prepared]");
      if (!script) continue;
      const prepared = JSON.parse(script.textContent ?? "{}") as PreparedCell;
      const model: CellModel = { id: root.dataset.cell!, root, prepared, code: prepared.original, compiled: prepared.compiled, fresh: false, fromLink: false };
      this.cells.push(model);
      this.worker.onLate(model.id, (entries) => this.hooks?.late(model, entries));
    }
  }

  get(id: string): CellModel | undefined {
    return this.cells.find((c) => c.id === id);
  }

  /** New code for a cell (an edit, a reset, a shared link): it must be compiled and run again. */
  setCode(model: CellModel, code: string): void {
    if (code === model.code) return;
    model.code = code;
    model.compiled = code === model.prepared.original ? model.prepared.compiled : null;
    model.fresh = false;
  }

  /** Runs one request at a time, in the order asked, so two quick clicks never interleave. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Compiles every cell whose code changed; a cell that does not compile declares nothing. */
  private async compileAll(): Promise<Map<CellModel, CellError>> {
    const errors = new Map<CellModel, CellError>();
    if (this.cells.every((c) => c.compiled)) return errors;
    const compile = await loadCompiler();
    for (const c of this.cells) {
      if (c.compiled) continue;
      try {
        c.compiled = compile(c.code, this.lang);
      } catch (error) {
        errors.set(c, compileError(error));
      }
    }
    return errors;
  }

  private planned(): PlannedCell[] {
    if (this.worker.generation !== this.generation) {
      this.generation = this.worker.generation;
      for (const c of this.cells) c.fresh = false;
    }
    return this.cells.map((c) => ({ id: c.id, defs: c.compiled?.defs ?? [], refs: c.compiled?.refs ?? [], fresh: c.fresh }));
  }

  /** Runs cell `id` after the earlier cells it needs. Resolves with the cell's final status. */
  run(id: string): Promise<RunStatus> {
    return this.enqueue(() => this.runNow(id));
  }

  private async runNow(id: string): Promise<RunStatus> {
    const hooks = this.hooks!;
    const t = await loadRunText(this.lang);
    const index = this.cells.findIndex((c) => c.id === id);
    const target = this.cells[index];
    target.fromLink = false;
    const errors = await this.compileAll();
    const fail = async (error: CellError): Promise<RunStatus> => {
      await hooks.clear(target);
      hooks.entry(target, { type: "error", error });
      hooks.status(target, "error");
      return "error";
    };
    if (errors.has(target)) return fail(errors.get(target)!);
    const cells = this.planned();
    const plan = planRun(cells, index);
    for (const j of plan) {
      const dep = this.cells[j];
      if (j === index) continue;
      if (dep.fromLink) return fail({ name: t.waitingName, message: t.needsLinkedCell(dep.id) });
      if (errors.has(dep)) return fail({ name: "Error", message: t.needsBrokenCell(dep.id) });
    }
    const ran: number[] = [];
    for (const j of plan) {
      const c = this.cells[j];
      const status = await this.runOne(c);
      ran.push(j);
      if (status !== "done" && j !== index) {
        for (const s of staleAfter(this.planned(), ran)) hooks.stale(this.cells[s]);
        return fail({ name: "Error", message: t.needsFailedCell(c.id, status === "stopped") });
      }
      if (j === index) {
        for (const s of staleAfter(this.planned(), ran)) hooks.stale(this.cells[s]);
        return status;
      }
    }
    return "error";
  }

  private async runOne(c: CellModel): Promise<RunStatus> {
    const hooks = this.hooks!;
    await hooks.clear(c);
    hooks.status(c, "running");
    const started = performance.now();
    const status = await this.worker.run({ id: c.id, compiled: c.compiled!, notebook: true, lang: this.lang }, c.prepared.timeout, (entry) => hooks.entry(c, entry));
    c.fresh = status === "done";
    if (status === "stopped") this.planned();
    hooks.status(c, status, (performance.now() - started) / 1000);
    return status;
  }
}

let notebook: PageNotebook | undefined;
/** The page's one notebook, made on first use. */
export function pageNotebook(): PageNotebook {
  notebook ??= new PageNotebook(document);
  return notebook;
}
