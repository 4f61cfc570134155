// The cell island: wires a server-rendered cell (highlighted code, first output) to the page's
// notebook. Light on purpose: CodeMirror, sucrase, Plot and the worker load only when used.
import type { OutputEntry, RunStatus } from "../../src/notebook/outputTypes";
import { pageNotebook, type CellModel } from "../notebook/pageNotebook";
import { appendEntry, appendLate, clearOutput, flushOutput } from "../notebook/outputView";
import { readShareLink, shareLink } from "../notebook/shareLink";
import { storage } from "../notebook/storage";
import type { Editor } from "../notebook/cellEditor";
import type { TypeReport } from "../notebook/typeCheck";
import { langOfTag } from "../../src/i18n/lang";
import { notebookText } from "../../src/i18n/notebookText";

const t = notebookText[langOfTag(document.documentElement.lang)];

interface CellDom {
  run: HTMLButtonElement;
  edit: HTMLButtonElement;
  reset: HTMLButtonElement;
  share: HTMLButtonElement;
  source: HTMLElement;
  output: HTMLElement;
  state: HTMLElement;
  notice: HTMLElement;
  shareBox: HTMLElement;
  shareInput: HTMLInputElement;
  highlighted: Node[];
  editor?: Editor;
  /** The type errors of the edited code, once the reader opened the editor. */
  types?: TypeReport;
  /** Runs started, so a run's type-error note never lands under a later run's output. */
  runs: number;
}

const doms = new WeakMap<CellModel, CellDom>();

function dom(root: HTMLElement): CellDom {
  const q = <T extends Element>(selector: string) => root.querySelector<T & HTMLElement>(selector)!;
  const source = q<HTMLElement>("[data-cell-source]");
  return {
    run: q("[data-action='run']"),
    edit: q("[data-action='edit']"),
    reset: q("[data-action='reset']"),
    share: q("[data-action='share']"),
    source,
    output: q("[data-cell-output]"),
    state: q("[data-cell-state]"),
    notice: q("[data-cell-notice]"),
    shareBox: q("[data-cell-share]"),
    shareInput: q("[data-cell-share] input"),
    highlighted: [...source.childNodes],
    runs: 0,
  };
}

function lessonOf(root: HTMLElement): string {
  return root.closest<HTMLElement>("[data-lesson]")?.dataset.lesson ?? location.pathname;
}

/** Shows code without the editor: the build's highlighting for the lesson's code, plain text otherwise. */
function showSource(model: CellModel, d: CellDom): void {
  if (d.editor) return d.editor.setCode(model.code);
  if (model.code === model.prepared.original) return d.source.replaceChildren(...d.highlighted);
  const pre = document.createElement("pre");
  pre.className = "cell-plain";
  const code = document.createElement("code");
  code.textContent = model.code;
  pre.append(code);
  d.source.replaceChildren(pre);
}

function notice(d: CellDom, text: string | null): void {
  d.notice.hidden = text === null;
  d.notice.textContent = text ?? "";
}

const statusText: Record<"running" | RunStatus, string> = { running: t.running, done: t.done, error: t.failed, stopped: t.stopped };

const hooks = {
  status(model: CellModel, status: "running" | RunStatus, seconds?: number) {
    const d = doms.get(model);
    model.root.dataset.status = status;
    if (status === "running") delete model.root.dataset.stale;
    if (!d) return;
    if (status !== "running") flushOutput(d.output);
    d.state.textContent = status === "stopped" ? t.stoppedAfter(model.prepared.timeout) : status === "done" && seconds !== undefined ? t.doneIn(seconds) : statusText[status];
  },
  async clear(model: CellModel) {
    await clearOutput(doms.get(model)!.output);
  },
  entry(model: CellModel, entry: OutputEntry) {
    appendEntry(doms.get(model)!.output, entry);
  },
  late(model: CellModel, entries: OutputEntry[]) {
    void appendLate(doms.get(model)!.output, entries);
  },
  stale(model: CellModel) {
    const d = doms.get(model)!;
    if (!d.output.hasChildNodes()) return;
    model.root.dataset.stale = "true";
    d.state.textContent = t.staleUpstream;
  },
};

function markOwnOutputStale(model: CellModel, d: CellDom, why: string): void {
  if (!d.output.hasChildNodes()) return;
  model.root.dataset.stale = "true";
  d.state.textContent = why;
}

async function openEditor(model: CellModel, d: CellDom, lesson: string): Promise<void> {
  if (d.editor) return d.editor.focus();
  d.edit.disabled = true;
  const [{ mountEditor }, { TypeReport }] = await Promise.all([import("../notebook/cellEditor"), import("../notebook/typeCheck")]);
  const notebook = pageNotebook();
  const key = storage.key(lesson, "cell", model.id);
  d.source.replaceChildren();
  d.editor = mountEditor(d.source, model.code, {
    label: t.editorLabel(model.root.getAttribute("aria-label") ?? model.id),
    change(code) {
      notebook.setCode(model, code);
      if (code === model.prepared.original) storage.remove(key);
      else storage.set(key, code);
      d.reset.hidden = code === model.prepared.original;
      markOwnOutputStale(model, d, t.staleEdited);
      d.types?.edited(code);
    },
    run: () => void run(model),
    leave: () => d.run.focus(),
  });
  d.edit.hidden = true;
  // Type-checked against the cell globals, the core and the code of the cells above it.
  d.types = new TypeReport(d.source, (errors) => d.editor?.markErrors(errors), (code) => ({ code, earlier: notebook.cells.slice(0, notebook.cells.indexOf(model)).map((c) => c.code) }));
  void d.types.errorsOf(model.code);
  d.editor.focus();
}

async function run(model: CellModel): Promise<RunStatus> {
  const d = doms.get(model)!;
  if (model.fromLink) {
    notice(d, t.linkRan);
    storage.set(storage.key(lessonOf(model.root), "cell", model.id), model.code);
  }
  const code = model.code;
  const runNumber = ++d.runs;
  const status = await pageNotebook().run(model.id);
  // Types are checked, not enforced: edited code with type errors runs, and its output says so.
  if (d.types && status !== "stopped") {
    const note = d.types.runNote(await d.types.errorsOf(code));
    if (note && d.runs === runNumber && model.code === code) {
      appendEntry(d.output, { type: "note", text: note });
      flushOutput(d.output);
    }
  }
  return status;
}

function mount(root: HTMLElement): void {
  const notebook = pageNotebook();
  notebook.hooks = hooks;
  const model = notebook.get(root.dataset.cell!);
  if (!model || doms.has(model)) return;
  const d = dom(root);
  doms.set(model, d);
  const lesson = lessonOf(root);
  const key = storage.key(lesson, "cell", model.id);

  const link = readShareLink(location.hash);
  const saved = storage.get(key);
  if (link && link.id === model.id) {
    if (link.code === null) {
      notice(d, t.linkUnreadable);
    } else {
      notebook.setCode(model, link.code);
      model.fromLink = true;
      // The build's output belongs to the lesson's code, not to this code.
      d.output.replaceChildren();
      notice(d, t.linkNotRun);
      requestAnimationFrame(() => root.scrollIntoView({ block: "center" }));
    }
  } else if (saved !== null && saved !== model.prepared.original) {
    notebook.setCode(model, saved);
    notice(d, t.savedEdit);
    markOwnOutputStale(model, d, t.staleSaved);
  }
  showSource(model, d);
  d.reset.hidden = model.code === model.prepared.original;

  d.run.addEventListener("click", () => void run(model));
  root.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !d.editor) {
      event.preventDefault();
      void run(model);
    }
  });
  d.edit.addEventListener("click", () => void openEditor(model, d, lesson));
  d.reset.addEventListener("click", () => {
    notebook.setCode(model, model.prepared.original);
    model.fromLink = false;
    storage.remove(key);
    showSource(model, d);
    notice(d, null);
    d.reset.hidden = true;
    markOwnOutputStale(model, d, t.staleReset);
    d.run.focus();
  });
  d.share.addEventListener("click", async () => {
    const made = shareLink(model.id, model.code, t.linkTooLong);
    d.shareBox.hidden = false;
    if ("error" in made) {
      d.shareInput.value = "";
      d.state.textContent = made.error;
      return;
    }
    d.shareInput.value = made.url;
    try {
      await navigator.clipboard.writeText(made.url);
      d.state.textContent = t.linkCopied;
    } catch {
      d.state.textContent = t.linkCopyBelow;
    }
    d.shareInput.select();
  });
  root.querySelector<HTMLElement>("[data-cell-controls]")!.hidden = false;
}

if (!customElements.get("notebook-cell")) {
  customElements.define(
    "notebook-cell",
    class extends HTMLElement {
      connectedCallback() {
        const root = this.querySelector<HTMLElement>("[data-cell]");
        if (root) mount(root);
        this.dataset.ready = "true";
      }
    },
  );
}
