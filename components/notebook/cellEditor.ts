import { basicSetup, EditorView } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";

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
  };
}

export type Editor = ReturnType<typeof mountEditor>;
