import type { Lang } from "../i18n/lang";
import type { CrossAttentionMaps } from "./crossAttentionMaps";
import type { LabEvaluation } from "./labRun";
import type { Translation } from "./translateSteps";
import type { TranslatorSettings } from "./translator";

/** The lab's state, as its root's data-status shows it. */
export type TrainerStatus = "idle" | "training" | "paused" | "done" | "error";

/** Which model a translation uses: the checkpoint in the repository, or the reader's run in the lab. */
export type TranslationModel = "checkpoint" | "run";

/** What the page asks the trainer worker. */
export type TrainerCommand =
  /** A fresh run from `settings` (step 0), showing probe sentence `probe`. */
  | { type: "reset"; settings: TranslatorSettings; probe: number }
  /** Train step after step until paused or done. */
  | { type: "train" }
  | { type: "pause" }
  /** One batch, when not training. */
  | { type: "step" }
  /** Show another probe sentence. */
  | { type: "probe"; probe: number }
  /** Translate known English words; checkpointUrl is where the page serves the checkpoint's JSON. */
  | { type: "translate"; id: number; english: string[]; model: TranslationModel; checkpointUrl: string };

/** A command as sent, with the reader's language: a worker has no document to read it from, and its refusals and errors are shown to the reader. */
export type TrainerRequest = TrainerCommand & { lang: Lang };

/** The run as it stands, sent after every change. */
export interface TrainerSnapshot {
  type: "snapshot";
  status: TrainerStatus;
  step: number;
  /** Every batch's loss so far (the run's whole history: a few hundred numbers). */
  trainLoss: number[];
  evaluations: LabEvaluation[];
  probe: number;
  /** The probe's cross-attention at this step. */
  maps: CrossAttentionMaps;
  /** Why the run stopped, when status is "error". */
  error?: string;
}

/** What the trainer worker answers. */
export type TrainerReply =
  | TrainerSnapshot
  | { type: "translation"; id: number; translation: Translation }
  /** A request the worker could not carry out (bad settings, a failed translation), in the reader's words. */
  | { type: "refused"; id?: number; request: TrainerRequest["type"]; message: string };
