import type { RunRequest } from "./createRuntime";
import type { OutputEntry } from "./outputTypes";

/** Page -> worker: run one compiled cell. */
export interface RunMessage {
  type: "run";
  runId: number;
  request: RunRequest;
}

/**
 * Worker -> page: outputs as they happen (the first ones one by one, so logs before an endless
 * loop still show; then in batches, capped by outputCap), then the end of the run. "late": what
 * a cell's timer or promise printed or threw after its run ended, by cell id.
 */
export type WorkerMessage =
  | { type: "entries"; runId: number; entries: OutputEntry[] }
  | { type: "done"; runId: number; status: "done" | "error" }
  | { type: "late"; id: string; entries: OutputEntry[] };
