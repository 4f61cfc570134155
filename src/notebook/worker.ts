// The cell worker: one per page, holding the notebook's names between runs. The page terminates
// it when a run passes its time limit, so no cell can freeze the tab.
import { createOutputCap } from "./outputCap";
import { createRuntime } from "./createRuntime";
import type { RunMessage, WorkerMessage } from "./workerProtocol";

const runtime = createRuntime();
const post = (message: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);

self.addEventListener("message", async (event: MessageEvent<RunMessage>) => {
  const { runId, request } = event.data;
  const cap = createOutputCap((entries) => post({ type: "entries", runId, entries }));
  const status = await runtime.run(request, (entry) => cap.add(entry));
  cap.end();
  post({ type: "done", runId, status });
});
