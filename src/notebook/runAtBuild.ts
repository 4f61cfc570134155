import { compileCell, type CompiledCell } from "./compileCell";
import { CellSyntaxError } from "./cellSyntaxError";
import { createRuntime } from "./createRuntime";
import { createOutputCap } from "./outputCap";
import type { OutputEntry, RunStatus } from "./outputTypes";
import type { Lang } from "../i18n/lang";

export interface BuildRun {
  /** Absent when the code does not compile (the page then compiles it again to show the error). */
  compiled?: CompiledCell;
  entries: OutputEntry[];
  status: RunStatus;
}

interface BuildNotebook {
  ids: Set<string>;
  tail: Promise<unknown>;
  runtime: ReturnType<typeof createRuntime>;
}

/** One notebook per lesson page being built. */
const notebooks = new Map<string, BuildNotebook>();

/**
 * Runs a lesson cell at build time, after the lesson's earlier cells, through the same compile,
 * runtime and serialiser as the page, so the static HTML carries the cell's first output.
 * Astro starts a page's components in document order, so registering here, before any await,
 * queues the cells in reading order. A repeated id means the page is being rendered again (the
 * dev server), or, when `once` (a production build renders each page once), a duplicate id.
 * `lang` is the page's language, which the run's own messages speak.
 */
export function runAtBuild(lesson: string, id: string, source: string, lang: Lang, once = false): Promise<BuildRun> {
  let notebook = notebooks.get(lesson);
  if (once && notebook?.ids.has(id)) {
    throw new Error(`Cell: the id "${id}" appears twice in lesson "${lesson}"; give every cell of a lesson its own id (it keys saved edits and links)`);
  }
  if (!notebook || notebook.ids.has(id)) {
    notebook = { ids: new Set(), tail: Promise.resolve(), runtime: createRuntime() };
    notebooks.set(lesson, notebook);
  }
  notebook.ids.add(id);
  const { runtime } = notebook;
  const result = notebook.tail.then(async (): Promise<BuildRun> => {
    const entries: OutputEntry[] = [];
    let compiled: CompiledCell;
    try {
      compiled = compileCell(source, lang);
    } catch (error) {
      const e = error as CellSyntaxError;
      console.warn(`[cells] ${lesson}#${id}: ${e.message}`);
      return { entries: [{ type: "error", error: { name: "SyntaxError", message: e.message, line: e.line, where: "code" } }], status: "error" };
    }
    // The same cap as the page's worker, so no cell can put megabytes of output into the HTML.
    const cap = createOutputCap((batch) => entries.push(...batch), lang);
    const status = await runtime.run({ id, compiled, notebook: true, lang }, (entry) => cap.add(entry));
    cap.end();
    if (status === "error") console.warn(`[cells] ${lesson}#${id} threw at build time; the page shows the error`);
    return { compiled, entries, status };
  });
  notebook.tail = result;
  return result;
}
