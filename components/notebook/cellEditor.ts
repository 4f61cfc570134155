import { basicSetup, EditorView } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { Decoration, keymap, type DecorationSet } from "@codemirror/view";
import { Prec, StateEffect, StateField } from "@codemirror/state";

/** A type error to underline: character offsets in the code, `to` exclusive, and its message. */
export interface MarkedError {
  from: number;
  to: number;
  message: string;
}

const setErrors = StateEffect.define<MarkedError[]>();

/** The underlined type errors: replaced by each check, moved along with edits until then. */
const errorMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setErrors)) continue;
      const length = tr.state.doc.length;
      const ranges = effect.value
        .map((e) => ({ ...e, from: Math.min(e.from, length), to: Math.min(Math.max(e.to, e.from + 1), length) }))
        .filter((e) => e.to > e.from)
        .map((e) => Decoration.mark({ class: "cm-type-error", attributes: { title: e.message } }).range(e.from, e.to));
      return Decoration.set(ranges, true);
    }
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface EditorHooks {
  /** Every change, with the whole code. */
  change(code: string): void;
  /** Ctrl/Cmd+Enter. */
  run(): void;
  /** Escape: leave the editor (focus moves to the cell's Run button). */
  leave(): void;
  label: string;
}

/** A CodeMirror 6 editor for TypeScript in `parent`; loaded only when the reader presses Edit. */
export function mountEditor(parent: HTMLElement, code: string, hooks: EditorHooks) {
  const view = new EditorView({
    parent,
    doc: code,
    extensions: [
      // Highest precedence so Mod-Enter runs instead of inserting a line, and Escape always leaves.
      Prec.highest(
        keymap.of([
          { key: "Mod-Enter", run: () => (hooks.run(), true) },
          { key: "Escape", run: () => (hooks.leave(), true) },
        ]),
      ),
      basicSetup,
      javascript({ typescript: true }),
      // Wraps as the highlighted source does: a sideways-scrolling box slows every frame of the page.
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": hooks.label }),
      errorMarks,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) hooks.change(update.state.doc.toString());
      }),
    ],
  });
  return {
    focus: () => view.focus(),
    setCode(next: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    /** Underlines type errors in the code (their list, for every reader, is the island's). */
    markErrors(errors: MarkedError[]) {
      view.dispatch({ effects: setErrors.of(errors) });
    },
  };
}

export type Editor = ReturnType<typeof mountEditor>;
