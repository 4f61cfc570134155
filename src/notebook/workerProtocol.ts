import type { RunRequest } from "./createRuntime";
import type { OutputEntry } from "./outputTypes";

/** Page -> worker: run one compiled cell. */
export interface RunMessage {
  type: "run";
  runId: number;
  request: RunRequest;
}

/** Worker -> page: an output as it happens (so logs before an endless loop still show), then the end. */
export type WorkerMessage =
  | { type: "entry"; runId: number; entry: OutputEntry }
  | { type: "done"; runId: number; status: "done" | "error" };
