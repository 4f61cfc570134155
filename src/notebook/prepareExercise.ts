import { assertForbiddable, type Forbid } from "./forbidGlobals";
import type { Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";

/** The props of an <Exercise> that decide how an answer is checked (the rest is its prompt). */
export interface ExerciseCheckProps {
  /** Unique within the lesson; keys saved code and progress. */
  id: string;
  /** The code the reader starts from. */
  starter: string;
  /** TypeScript run in the worker after the reader's code; throws (check.* or fail()) when wrong. */
  check: string;
  /** Time limit of one check, in seconds (default 3). */
  timeout?: number;
  /** Core functions switched off while the answer is checked; the check reaches them as `reference.<name>`. */
  forbid?: string[];
  /** Opens the message of a switched-off call: "<forbidReason>; <name> is switched off here." (default: notebookRunText's forbidReason) */
  forbidReason?: string;
}

/** What the page needs to check an answer: the same object on a lesson and on the instructors' class page. */
export interface PreparedExercise {
  starter: string;
  check: string;
  timeout: number;
  forbid?: Forbid;
}

/**
 * Validates an exercise's props at build time and gives what the page's check runs with, so a
 * lesson's exercise and the class page's re-check use one definition. `lang`: the lesson's language.
 */
export function prepareExercise(props: ExerciseCheckProps, lang: Lang): PreparedExercise {
  const { id, starter, check, timeout = 3, forbid = [], forbidReason = notebookRunText[lang].forbidReason } = props;
  if (!/^[\w-]+$/.test(id)) throw new Error(`Exercise: id "${id}" must be letters, digits, "-" or "_" (it names saved code and progress)`);
  if (!check.trim()) throw new Error(`Exercise "${id}": give check code that fails (check.* or fail()) on a wrong answer`);
  if (!(timeout > 0 && timeout <= 60)) throw new Error(`Exercise "${id}": timeout is ${timeout}; give seconds between 0 and 60`);
  assertForbiddable(forbid, `Exercise "${id}"`);
  return { starter, check, timeout, ...(forbid.length > 0 ? { forbid: { names: forbid, reason: forbidReason } } : {}) };
}
