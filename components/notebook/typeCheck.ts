import type { CellTypeError, TypeCheckRequest } from "../../src/notebook/checkCellTypes";
import type { TypeCheckMessage, TypeCheckReply } from "../../src/notebook/typeCheckWorker";
import { langOfTag } from "../../src/i18n/lang";
import { notebookRunText } from "../../src/i18n/notebookRunText";

const t = notebookRunText[langOfTag(document.documentElement.lang)];

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(errors: CellTypeError[]): void; reject(error: Error): void }>();

/**
 * Checks cell code with TypeScript's compiler in its own worker, created (and its 1 MB downloaded)
 * on the first check, so a reader who never edits a cell never pays for it.
 */
function checkTypes(request: TypeCheckRequest): Promise<CellTypeError[]> {
  if (!worker) {
    const w = new Worker(new URL("../../src/notebook/typeCheckWorker.ts", import.meta.url), { type: "module", name: "type-check" });
    w.addEventListener("message", (event: MessageEvent<TypeCheckReply>) => {
      waiting.get(event.data.id)?.resolve(event.data.errors);
      waiting.delete(event.data.id);
    });
    w.addEventListener("error", (event) => {
      event.preventDefault();
      for (const pending of waiting.values()) pending.reject(new Error(event.message || "the type checker stopped"));
      waiting.clear();
      worker = undefined;
    });
    worker = w;
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, request } satisfies TypeCheckMessage);
  });
}

const lines = (errors: CellTypeError[]) => [...new Set(errors.map((e) => e.line))];

/**
 * The type errors of one cell's or exercise's code: checked when the editor opens and a moment
 * after each edit, listed under the code (each with its line) and underlined in the editor. The
 * latest check wins; a result for code that has changed since is dropped.
 */
export class TypeReport {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: { code: string; errors: Promise<CellTypeError[]> } | undefined;
  private readonly box: HTMLElement;

  /**
   * @param after the element the list goes after (the code)
   * @param mark underlines errors in the editor
   * @param request the check for some code: the code with the earlier cells it may use
   */
  constructor(
    after: HTMLElement,
    private readonly mark: (errors: CellTypeError[]) => void,
    private readonly request: (code: string) => TypeCheckRequest,
  ) {
    this.box = document.createElement("div");
    this.box.className = "cell-types";
    this.box.setAttribute("aria-live", "polite");
    this.box.dataset.typeCheck = "idle";
    after.after(this.box);
  }

  /** The code changed: check it once the reader pauses. */
  edited(code: string): void {
    clearTimeout(this.timer);
    this.box.dataset.typeCheck = "waiting";
    this.timer = setTimeout(() => void this.errorsOf(code), 400);
  }

  /** The type errors of `code`, checking it now unless it was the last code checked. */
  errorsOf(code: string): Promise<CellTypeError[]> {
    clearTimeout(this.timer);
    if (this.last?.code === code) return this.last.errors;
    this.box.dataset.typeCheck = "checking";
    const errors = checkTypes(this.request(code));
    const mine = (this.last = { code, errors });
    errors.then(
      (found) => {
        if (this.last === mine) this.show(found);
      },
      (error: Error) => {
        if (this.last !== mine) return;
        this.box.dataset.typeCheck = "failed";
        this.box.replaceChildren(Object.assign(document.createElement("p"), { textContent: t.typesUnchecked(error.message) }));
      },
    );
    return errors.catch(() => []);
  }

  /**
   * What a run's output says when the code it ran has type errors; nothing for a syntax error,
   * which stops the code from running and is reported by the run itself.
   */
  runNote(errors: CellTypeError[]): string | undefined {
    if (errors.length === 0 || errors.some((e) => e.syntax)) return undefined;
    return t.typeErrorsRan(errors.length, lines(errors));
  }

  private show(errors: CellTypeError[]): void {
    this.mark(errors);
    this.box.dataset.typeCheck = "done";
    const summary = document.createElement("p");
    if (errors.length === 0) {
      summary.textContent = t.noTypeErrors;
      this.box.replaceChildren(summary);
      return;
    }
    summary.textContent = t.typeErrorsSummary(errors.length);
    const list = document.createElement("ul");
    list.setAttribute("aria-label", t.typeErrors);
    for (const e of errors) {
      const item = document.createElement("li");
      item.textContent = t.typeErrorAt(e.line, e.message);
      list.append(item);
    }
    this.box.replaceChildren(summary, list);
  }
}
