import type { RunRequest } from "../../src/notebook/createRuntime";
import type { OutputEntry, RunStatus } from "../../src/notebook/outputTypes";
import type { RunMessage, WorkerMessage } from "../../src/notebook/workerProtocol";
import { loadRunText } from "./loadRunText";

/**
 * The page's side of the cell worker: runs one request at a time under a time limit. Past the limit
 * (or if the worker dies, e.g. out of memory) the worker is terminated and replaced on the next run;
 * `generation` counts replacements so the notebook knows every name was lost.
 */
export class WorkerClient {
  private worker: Worker | undefined;
  private nextRunId = 1;
  private lateListeners = new Map<string, (entries: OutputEntry[]) => void>();
  generation = 0;

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL("../../src/notebook/worker.ts", import.meta.url), { type: "module", name: "cells" });
      this.worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type === "late") this.lateListeners.get(event.data.id)?.(event.data.entries);
      });
    }
    return this.worker;
  }

  /** Where the output of cell `id` goes when its timers or promises print after its run ended. */
  onLate(id: string, listener: (entries: OutputEntry[]) => void): void {
    this.lateListeners.set(id, listener);
  }

  private discard(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.generation++;
  }

  /** Runs `request`, streaming outputs to `onEntry`; resolves with how it ended. */
  async run(request: RunRequest, timeoutSeconds: number, onEntry: (entry: OutputEntry) => void): Promise<RunStatus> {
    const t = await loadRunText(request.lang);
    const worker = this.ensure();
    const runId = this.nextRunId++;
    return new Promise<RunStatus>((resolve) => {
      const finish = (status: RunStatus) => {
        clearTimeout(timer);
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        resolve(status);
      };
      const onMessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === "late" || message.runId !== runId) return;
        if (message.type === "entries") message.entries.forEach(onEntry);
        else finish(message.status);
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        this.discard();
        onEntry({
          type: "error",
          error: { name: "Error", message: t.workerDied(event.message) },
        });
        finish("error");
      };
      const timer = setTimeout(() => {
        this.discard();
        onEntry({
          type: "error",
          error: { name: t.stoppedName, message: t.timeLimit(timeoutSeconds) },
        });
        finish("stopped");
      }, timeoutSeconds * 1000);
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      worker.postMessage({ type: "run", runId, request } satisfies RunMessage);
    });
  }
}
