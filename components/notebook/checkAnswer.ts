import type { OutputEntry } from "../../src/notebook/outputTypes";
import { exerciseProgram } from "../../src/notebook/exerciseProgram";
import type { PreparedExercise } from "../../src/notebook/prepareExercise";
import { compileError, loadCompiler } from "./pageNotebook";
import { loadRunText } from "./loadRunText";
import type { WorkerClient } from "./workerClient";
import { langOfTag } from "../../src/i18n/lang";

/** How one check of an answer ended, and the sentence the reader sees. */
export interface CheckOutcome {
  status: "done" | "error" | "stopped";
  passed: boolean;
  message: string;
}

/**
 * Checks `code` against an exercise as the lesson page does: the answer, then the exercise's check
 * (exerciseProgram), compiled here and run in the cell worker under the exercise's time limit with
 * its switched-off functions. The lesson's exercise and the instructors' class page both call this,
 * so a re-checked answer passes or fails exactly as it did for the reader. `show` receives the
 * outputs worth showing (logs, values, errors other than the check's own failure). The messages, the
 * check's included, are in the page's language.
 */
export async function checkAnswer(worker: WorkerClient, id: string, code: string, prepared: Omit<PreparedExercise, "starter">, show: (entry: OutputEntry) => void = () => {}): Promise<CheckOutcome> {
  const lang = langOfTag(document.documentElement.lang);
  const t = await loadRunText(lang);
  const { source, checkFromLine } = exerciseProgram(code, prepared.check);
  let compiled;
  try {
    compiled = (await loadCompiler())(source, lang);
  } catch (error) {
    const e = compileError(error, checkFromLine);
    show({ type: "error", error: e });
    return { status: "error", passed: false, message: t.notCompiled(e.line ? t.atLine(e.line, e.where === "check") : "") };
  }
  let failure: OutputEntry | undefined;
  const status = await worker.run({ id: `exercise-${id}`, compiled, notebook: false, checkFromLine, forbid: prepared.forbid, lang }, prepared.timeout, (entry) => {
    if (entry.type === "error") failure = entry;
    if (!(entry.type === "error" && entry.error.name === "CheckFailure")) show(entry);
  });
  if (status === "done") return { status, passed: true, message: t.passed };
  if (status === "stopped") return { status, passed: false, message: t.checkStopped(prepared.timeout) };
  if (failure?.type === "error" && failure.error.name === "CheckFailure") return { status, passed: false, message: t.notYet(failure.error.message) };
  if (failure?.type === "error") {
    const where = failure.error.line === undefined ? "" : t.atLine(failure.error.line, failure.error.where === "check");
    // A core refusal in the page's language; any other error as the JS engine worded it. The core's
    // sentences (about 10 KB) load only when an answer meets one, not with every exercise on the page.
    const said = failure.error.reason ? (await import("../../src/i18n/coreErrorMessage")).coreErrorMessage(failure.error.reason, lang) : failure.error.message;
    return { status, passed: false, message: t.answerThrew(`${failure.error.name}: ${said}${where}`) };
  }
  return { status, passed: false, message: t.noCheckMessage };
}
