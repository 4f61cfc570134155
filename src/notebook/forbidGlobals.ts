import { attentionModule } from "./cellGlobals";
import { CheckFailure } from "./checks";
import type { Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";

/**
 * Core functions an exercise switches off while the reader's answer is checked, so that an answer
 * which just calls the core's own version is refused: `names` are cell globals (core exports), and
 * `reason` opens the message the reader sees. Not a sandbox: it stops the shortcut, not a determined
 * reader.
 */
export interface Forbid {
  names: string[];
  reason: string;
}

/** What the reader sees, in `lang`, when their code calls a switched-off function `name`. */
export function forbiddenMessage(name: string, reason: string, lang: Lang): string {
  return notebookRunText[lang].forbidden(reason, name);
}

/**
 * Refuses a forbid list naming something that is not a function of the core: a typo would otherwise
 * switch nothing off and let the shortcut through. `where` names the exercise in the message.
 */
export function assertForbiddable(names: readonly string[], where: string): void {
  for (const name of names) {
    if (typeof attentionModule[name] !== "function") {
      const known = Object.keys(attentionModule).filter((n) => typeof attentionModule[n] === "function" && /Backward$/.test(n));
      throw new Error(`${where}: forbid names "${name}", which is not a function of the core; give core function names, e.g. ${known.join(", ")}`);
    }
  }
}

/**
 * A copy of `globals` in which every forbidden function, and every other name bound to the same
 * function (an alias such as `attention`), throws a CheckFailure naming the name called, in `lang`.
 * Everything else is passed through unchanged; `globals` itself is not modified.
 */
export function forbidGlobals<T extends Readonly<Record<string, unknown>>>(globals: T, forbid: Forbid, lang: Lang): T {
  const banned = new Set<unknown>(forbid.names.map((name) => attentionModule[name]).filter((f) => typeof f === "function"));
  const out: Record<string, unknown> = { ...globals };
  for (const [name, value] of Object.entries(globals)) {
    if (banned.has(value) || forbid.names.includes(name)) {
      out[name] = () => {
        throw new CheckFailure(forbiddenMessage(name, forbid.reason, lang));
      };
    }
  }
  return out as T;
}
