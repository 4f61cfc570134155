// The cell worker: one per page, holding the notebook's names between runs. The page terminates
// it when a run passes its time limit, so no cell can freeze the tab.
import { createOutputCap } from "./outputCap";
import { createRuntime, measureHeader, toCellError } from "./createRuntime";
import type { OutputEntry } from "./outputTypes";
import type { RunMessage, WorkerMessage } from "./workerProtocol";
import type { Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";

const scope = self as unknown as {
  postMessage(m: WorkerMessage): void;
  close(): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
};
// Bound once: a cell that assigns self.postMessage must not cut the page off.
const postMessage = scope.postMessage.bind(scope);
const post = (message: WorkerMessage) => postMessage(message);

/** The page's language, as its runs give it: the worker's own messages (close, late errors, cut output) speak it. */
let lang: Lang = "en";

// A closed worker never answers again, and the page's next run would wait for its time limit
// and blame an endless loop. So close() throws, at the line that called it.
Object.defineProperty(self, "close", {
  value: () => {
    throw new Error(notebookRunText[lang].closeRefused);
  },
});

/** Output that arrives after a run ended (a timer, a promise): posted in batches per cell, capped. */
const lateCaps = new Map<string, ReturnType<typeof createOutputCap>>();
let lateFlush: ReturnType<typeof setTimeout> | undefined;
function late(id: string, entry: OutputEntry): void {
  let cap = lateCaps.get(id);
  if (!cap) {
    cap = createOutputCap((entries) => post({ type: "late", id, entries }), lang);
    lateCaps.set(id, cap);
  }
  cap.add(entry);
  lateFlush ??= setTimeout(() => {
    lateFlush = undefined;
    for (const c of lateCaps.values()) c.end();
  }, 50);
}

const runtime = createRuntime(late);
/** The run in progress: its cell and where its output goes. */
let current: { id: string; add(entry: OutputEntry): void } | undefined;
let lastRun: string | undefined;

/**
 * An error thrown by a timer or a promise after its cell finished would otherwise reach the page
 * as a dead worker. It is the cell's output: its stack names the cell (cell-<id>.js:<line>).
 */
function lateError(error: unknown, event: Event): void {
  event.preventDefault();
  const stack = error instanceof Error ? String(error.stack) : "";
  const id = stack.match(/cell-([\w-]+)\.js:\d+/)?.[1] ?? lastRun;
  if (id === undefined) return;
  const run = current;
  void measureHeader().then((header) => {
    const entry: OutputEntry = { type: "error", error: toCellError(error, `cell-${id}.js`, header, lang) };
    if (run?.id === id) run.add(entry); // an unawaited promise of the run in progress
    else late(id, entry);
  });
}
scope.addEventListener("error", (event) => lateError((event as ErrorEvent).error, event));
scope.addEventListener("unhandledrejection", (event) => lateError((event as PromiseRejectionEvent).reason, event));

self.addEventListener("message", async (event: MessageEvent<RunMessage>) => {
  const { runId, request } = event.data;
  lastRun = request.id;
  lang = request.lang;
  lateCaps.get(request.id)?.end(); // what the previous run printed late comes before this run
  lateCaps.delete(request.id);
  const cap = createOutputCap((entries) => post({ type: "entries", runId, entries }), lang);
  current = { id: request.id, add: (entry) => cap.add(entry) };
  const status = await runtime.run(request, (entry) => cap.add(entry));
  current = undefined;
  cap.end();
  post({ type: "done", runId, status });
});
