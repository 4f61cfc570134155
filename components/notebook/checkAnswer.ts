import type { OutputEntry } from "../../src/notebook/outputTypes";
import { exerciseProgram } from "../../src/notebook/exerciseProgram";
import type { PreparedExercise } from "../../src/notebook/prepareExercise";
import { compileError, loadCompiler } from "./pageNotebook";
import type { WorkerClient } from "./workerClient";

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
 * outputs worth showing (logs, values, errors other than the check's own failure).
 */
export async function checkAnswer(worker: WorkerClient, id: string, code: string, prepared: Omit<PreparedExercise, "starter">, show: (entry: OutputEntry) => void = () => {}): Promise<CheckOutcome> {
  const { source, checkFromLine } = exerciseProgram(code, prepared.check);
  let compiled;
  try {
    compiled = (await loadCompiler())(source);
  } catch (error) {
    const e = compileError(error, checkFromLine);
    show({ type: "error", error: e });
    return { status: "error", passed: false, message: `Not yet: your code does not compile${e.line ? ` (line ${e.line}${e.where === "check" ? " of the check" : ""})` : ""}. See the message below.` };
  }
  let failure: OutputEntry | undefined;
  const status = await worker.run({ id: `exercise-${id}`, compiled, notebook: false, checkFromLine, forbid: prepared.forbid }, prepared.timeout, (entry) => {
    if (entry.type === "error") failure = entry;
    if (!(entry.type === "error" && entry.error.name === "CheckFailure")) show(entry);
  });
  if (status === "done") return { status, passed: true, message: "Correct! Every check passed." };
  if (status === "stopped") return { status, passed: false, message: `Stopped after ${prepared.timeout} s: the code was still running. Look for a loop that never ends.` };
  if (failure?.type === "error" && failure.error.name === "CheckFailure") return { status, passed: false, message: `Not yet: ${failure.error.message}` };
  if (failure?.type === "error") {
    const where = failure.error.line === undefined ? "" : failure.error.where === "check" ? ` (line ${failure.error.line} of the check)` : ` (line ${failure.error.line})`;
    return { status, passed: false, message: `Not yet: your code threw ${failure.error.name}: ${failure.error.message}${where}` };
  }
  return { status, passed: false, message: "Not yet: the check stopped without a message." };
}
