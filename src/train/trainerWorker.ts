// The lab's trainer: a Web Worker, so the page's main thread never trains. It holds one run,
// trains it one step per task (a pause between steps is answered at once) and posts a snapshot
// after every step; the page decides how often to redraw.
import { teacherForcedMaps } from "./crossAttentionMaps";
import { labDataset, labProbes } from "./labDataset";
import { checkpointModel, type LabCheckpoint } from "./labCheckpoint";
import { advanceLabRun, LAB_MAX_STEPS, startLabRun, type LabRun } from "./labRun";
import { translateSteps } from "./translateSteps";
import type { TrainerReply, TrainerRequest, TrainerStatus } from "./trainerProtocol";
import type { Lang } from "../i18n/lang";
import { trainerText } from "../i18n/trainerText";
import { readerMessage } from "../figures/readerMessage";

const dataset = labDataset();
const probes = labProbes(dataset);
const post = (reply: TrainerReply) => (self as unknown as { postMessage(m: TrainerReply): void }).postMessage(reply);

let lab: LabRun | undefined;
let probe = 0;
let training = false;
let failure: string | undefined;
let next: ReturnType<typeof setTimeout> | undefined;
let checkpoint: Promise<ReturnType<typeof checkpointModel>> | undefined;
/** The reader's language, as the latest request gave it. */
let lang: Lang = "en";

/** A refusal in the reader's language: the core's in its words, the worker's own already so. */
const message = (e: unknown) => readerMessage(e, lang);

function checkedProbe(n: number): number {
  if (!(Number.isInteger(n) && n >= 0 && n < probes.length)) throw new Error(trainerText[lang].noProbe(n, probes.length));
  return n;
}

function status(run: LabRun): TrainerStatus {
  if (failure) return "error";
  if (run.run.step >= LAB_MAX_STEPS) return "done";
  if (training) return "training";
  return run.run.step === 0 ? "idle" : "paused";
}

function snapshot(run: LabRun): void {
  post({
    type: "snapshot",
    status: status(run),
    step: run.run.step,
    trainLoss: run.history.trainLoss,
    evaluations: run.history.evaluations,
    probe,
    maps: teacherForcedMaps(run.run, dataset, probes[probe]),
    ...(failure ? { error: failure } : {}),
  });
}

/** One step; a step that throws (a diverging run: non-finite logits) ends the run with status "error". */
function advance(run: LabRun): LabRun {
  try {
    return advanceLabRun(run, dataset);
  } catch (e) {
    training = false;
    failure = trainerText[lang].diverged(run.run.step + 1, message(e));
    return run;
  }
}

function loop(): void {
  next = undefined;
  if (!training || !lab) return;
  lab = advance(lab);
  if (lab.run.step >= LAB_MAX_STEPS) training = false;
  snapshot(lab);
  if (training) next = setTimeout(loop, 0);
}

function stop(): void {
  training = false;
  if (next !== undefined) clearTimeout(next);
  next = undefined;
}

async function loadCheckpoint(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(trainerText[lang].checkpointNotLoaded(response.status, url));
  return checkpointModel((await response.json()) as LabCheckpoint, dataset);
}

self.addEventListener("message", (event: MessageEvent<TrainerRequest>) => {
  const request = event.data;
  lang = request.lang;
  if (request.type === "translate") {
    const model = request.model === "run" ? Promise.resolve(lab?.run) : (checkpoint ??= loadCheckpoint(request.checkpointUrl));
    model
      .then((m) => {
        if (!m) throw new Error(trainerText[lang].noRunToTranslate);
        post({ type: "translation", id: request.id, translation: translateSteps(m, dataset, request.english) });
      })
      .catch((e: unknown) => {
        if (request.model === "checkpoint") checkpoint = undefined; // try again on the next request
        post({ type: "refused", id: request.id, request: request.type, message: message(e) });
      });
    return;
  }
  if (request.type === "reset") {
    stop();
    try {
      const chosen = checkedProbe(request.probe);
      const fresh = startLabRun(request.settings, dataset);
      lab = fresh;
      failure = undefined;
      probe = chosen;
      snapshot(fresh);
    } catch (e) {
      post({ type: "refused", request: request.type, message: message(e) });
    }
    return;
  }
  if (!lab) {
    post({ type: "refused", request: request.type, message: trainerText[lang].noRunYet });
    return;
  }
  if (request.type === "train" && !training && status(lab) !== "done" && !failure) {
    training = true;
    snapshot(lab);
    next = setTimeout(loop, 0);
  } else if (request.type === "pause") {
    stop();
    snapshot(lab);
  } else if (request.type === "step" && !training && status(lab) !== "done" && !failure) {
    lab = advance(lab);
    snapshot(lab);
  } else if (request.type === "probe") {
    try {
      probe = checkedProbe(request.probe);
      snapshot(lab);
    } catch (e) {
      post({ type: "refused", request: request.type, message: message(e) });
    }
  }
});
