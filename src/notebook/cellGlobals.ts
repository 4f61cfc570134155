import * as core from "../core";
import { translationExample } from "../examples/translationExample";
import { checksIn, fail } from "./checks";
import type { Lang } from "../i18n/lang";
import { plot } from "./plotSpecs";

/** What `import ... from "attention"` gives: the attention core, exactly as the figures use it. */
export const attentionModule: Readonly<Record<string, unknown>> = Object.freeze({ ...core });

/** What a cell's `show` and `console` are (bound per run by createRuntime). */
export interface CellIo {
  show: (value: unknown, label?: string) => void;
  console: Record<"log" | "info" | "debug" | "warn" | "error" | "table", (...parts: unknown[]) => void>;
}

/** The cell globals with their types: what the type checker declares for a cell (see cellTypeEnvironment). */
export type CellGlobals = ReturnType<typeof typedGlobals>;

function typedGlobals(io: CellIo, lang: Lang) {
  const example = translationExample();
  return {
    ...core,
    attention: core.scaledDotProductAttention,
    example,
    q: example.q,
    k: example.k,
    v: example.v,
    source: example.source,
    target: example.target,
    plot,
    check: checksIn(lang),
    fail,
    show: io.show,
    console: io.console,
  };
}

/**
 * Every name a cell can use without declaring it (besides JavaScript's own globals): the core's
 * exports, the running example and the notebook helpers. `show` and `console` are bound per run;
 * `check` speaks `lang`, the language of the page the cell runs on.
 */
export function cellGlobals(io: CellIo, lang: Lang): Record<string, unknown> {
  return typedGlobals(io, lang);
}
