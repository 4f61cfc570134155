import * as core from "../core";
import { translationExample } from "../examples/translationExample";
import { check, fail } from "./checks";
import { plot } from "./plotSpecs";

/** What `import ... from "attention"` gives: the attention core, exactly as the figures use it. */
export const attentionModule: Readonly<Record<string, unknown>> = Object.freeze({ ...core });

/**
 * Every name a cell can use without declaring it (besides JavaScript's own globals): the core's
 * exports, the running example and the notebook helpers. `show` and `console` are bound per run.
 */
export function cellGlobals(io: { show: (value: unknown, label?: string) => void; console: Record<string, (...parts: unknown[]) => void> }): Record<string, unknown> {
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
    check,
    fail,
    show: io.show,
    console: io.console,
  };
}
