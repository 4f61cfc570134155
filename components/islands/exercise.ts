// The exercise island: the reader's code runs in the notebook's worker, followed by the lesson's
// check code; the result ("Correct" or the check's message) goes to a live region.
import type { PreparedExercise } from "../../src/notebook/prepareExercise";
import { pageNotebook } from "../notebook/pageNotebook";
import { checkAnswer } from "../notebook/checkAnswer";
import { appendEntry, appendLate, clearOutput } from "../notebook/outputView";
import { storage, type StoredPass } from "../notebook/storage";
import type { Editor } from "../notebook/cellEditor";
import { refreshDoneMarks } from "./exerciseProgress";
import { langOfTag } from "../../src/i18n/lang";
import { notebookText } from "../../src/i18n/notebookText";

const t = notebookText[langOfTag(document.documentElement.lang)];

function mount(root: HTMLElement): void {
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const id = root.dataset.exercise!;
  const prepared = JSON.parse(q("script[data-exercise-prepared]")!.textContent ?? "{}") as PreparedExercise;
  const lesson = root.closest<HTMLElement>("[data-lesson]")?.dataset.lesson ?? location.pathname;
  const codeKey = storage.key(lesson, "exercise-code", id);
  const doneKey = storage.key(lesson, "exercise-done", id);
  const passKey = storage.key(lesson, "exercise-pass", id);
  const source = q("[data-cell-source]")!;
  const output = q("[data-cell-output]")!;
  const result = q("[data-exercise-result]")!;
  const notice = q("[data-cell-notice]")!;
  const [checkButton, editButton, resetButton] = (["check", "edit", "reset"] as const).map((a) => q<HTMLButtonElement>(`[data-action='${a}']`)!);
  const highlighted = [...source.childNodes];
  let code = storage.get(codeKey) ?? prepared.starter;
  let editor: Editor | undefined;

  const showCode = () => {
    if (editor) return editor.setCode(code);
    if (code === prepared.starter) return source.replaceChildren(...highlighted);
    const pre = document.createElement("pre");
    pre.className = "cell-plain";
    pre.append(Object.assign(document.createElement("code"), { textContent: code }));
    source.replaceChildren(pre);
  };
  const setCode = (next: string) => {
    code = next;
    if (code === prepared.starter) storage.remove(codeKey);
    else storage.set(codeKey, code);
    resetButton.hidden = code === prepared.starter;
  };
  const setResult = (kind: "pass" | "fail" | "", text: string) => {
    result.dataset.result = kind;
    result.textContent = text;
  };

  async function check(): Promise<void> {
    const notebook = pageNotebook();
    await notebook.enqueue(async () => {
      root.dataset.status = "running";
      setResult("", t.checking);
      await clearOutput(output);
      const outcome = await checkAnswer(notebook.worker, id, code, prepared, (entry) => appendEntry(output, entry));
      root.dataset.status = outcome.status;
      setResult(outcome.passed ? "pass" : "fail", outcome.message);
      if (outcome.passed) {
        storage.set(doneKey, "1");
        // The passing answer and when, for the reader's progress report (src/pages/progress.astro).
        storage.set(passKey, JSON.stringify({ code, at: new Date().toISOString() } satisfies StoredPass));
        root.dataset.done = "true";
        refreshDoneMarks();
      }
    });
  }

  async function openEditor(): Promise<void> {
    if (editor) return editor.focus();
    editButton.disabled = true;
    const [{ mountEditor }, { TypeReport }] = await Promise.all([import("../notebook/cellEditor"), import("../notebook/typeCheck")]);
    const types = new TypeReport(source, (errors) => editor?.markErrors(errors), (next) => ({ code: next, earlier: [] }));
    source.replaceChildren();
    editor = mountEditor(source, code, {
      label: t.exerciseEditorLabel(q("h3")?.textContent ?? id),
      change: (next) => (setCode(next), types.edited(next)),
      run: () => void check(),
      leave: () => checkButton.focus(),
    });
    editButton.hidden = true;
    void types.errorsOf(code);
    editor.focus();
  }

  if (code !== prepared.starter) {
    notice.hidden = false;
    notice.textContent = t.savedAnswer;
  }
  if (storage.get(doneKey) === "1") {
    root.dataset.done = "true";
    setResult("pass", t.solvedBefore);
  }
  showCode();
  resetButton.hidden = code === prepared.starter;
  checkButton.addEventListener("click", () => void check());
  editButton.addEventListener("click", () => void openEditor());
  resetButton.addEventListener("click", () => {
    setCode(prepared.starter);
    showCode();
    notice.hidden = true;
    checkButton.focus();
  });
  root.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !editor) {
      event.preventDefault();
      void check();
    }
  });

  const hintBox = q("[data-hints]");
  if (hintBox) {
    hintBox.hidden = false;
    const hints = [...hintBox.querySelectorAll<HTMLElement>("li")];
    const button = hintBox.querySelector<HTMLButtonElement>("[data-action='hint']")!;
    button.addEventListener("click", () => {
      const next = hints.findIndex((li) => li.hidden);
      if (next >= 0) hints[next].hidden = false;
      const shown = next + 1;
      if (shown >= hints.length) button.hidden = true;
      else button.textContent = t.nextHint(shown + 1, hints.length);
    });
  }
  const solutionBox = q("[data-solution-box]");
  if (solutionBox) {
    solutionBox.hidden = false;
    const toggle = solutionBox.querySelector<HTMLButtonElement>("[data-action='solution']")!;
    const body = solutionBox.querySelector<HTMLElement>("[data-solution]")!;
    toggle.addEventListener("click", () => {
      body.hidden = !body.hidden;
      toggle.setAttribute("aria-expanded", String(!body.hidden));
      toggle.textContent = body.hidden ? t.showSolution : t.hideSolution;
    });
  }
  pageNotebook().worker.onLate(`exercise-${id}`, (entries) => void appendLate(output, entries));
  q("[data-cell-controls]")!.hidden = false;
}

if (!customElements.get("notebook-exercise")) {
  customElements.define(
    "notebook-exercise",
    class extends HTMLElement {
      connectedCallback() {
        const root = this.querySelector<HTMLElement>("[data-exercise]");
        if (root && !root.dataset.mounted) {
          root.dataset.mounted = "true";
          mount(root);
        }
        this.dataset.ready = "true";
      }
    },
  );
}
