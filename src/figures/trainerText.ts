import { ABLATIONS } from "../train/ablationRuns";
import { TRANSLATOR_D_MODEL } from "../train/translator";

/** The heads a reader can choose: every divisor of d_model, so d_k = d_model / h is whole. */
export const TRAINER_HEADS = Array.from({ length: TRANSLATOR_D_MODEL }, (_, n) => n + 1).filter((h) => TRANSLATOR_D_MODEL % h === 0);

const ablationLabel = (name: (typeof ABLATIONS)[number]["name"]) => {
  const label = ABLATIONS.find((a) => a.name === name)!.label;
  return label[0].toUpperCase() + label.slice(1);
};

/** What the training lab says to the reader: one place for the component (build) and its island. */
export const TRAINER_TEXT = {
  noScript: "Training runs in your browser with JavaScript; without it, the figures show the checkpoint.",
  ready: "Press Train (or Step for one batch) to train a new run with the settings below; until then the figures show the checkpoint.",
  pending: "You changed the settings: press Reset to start a run with them.",
  ablations: {
    unscaled: ablationLabel("unscaled"),
    unmaskedSourcePadding: ablationLabel("unmaskedSourcePadding"),
    noSourcePositions: ablationLabel("noSourcePositions"),
  },
  checkpointView: (steps: number, seed: number, target: number, pairs: number) =>
    `Showing the checkpoint in the repository: this code trained from seed ${seed} for ${steps} steps, until exact match on the ${pairs} validation sentences reached ${target}.`,
  runView: (step: number, max: number) => `Showing your run: step ${step} of at most ${max}.`,
  progress: (step: number, loss: string) => `Step ${step} · last batch loss ${loss}`,
  status: {
    idle: "A fresh run at step 0.",
    training: "Training.",
    paused: (step: number) => `Paused at step ${step}.`,
    hidden: (step: number) => `Paused at step ${step} while the tab is hidden; training goes on when you come back.`,
    done: (step: number) => `Done: the run stopped after ${step} steps. Reset starts a new one.`,
  },
  caption: (maxSteps: number) =>
    `First chart: loss per target token, training and validation (log scale). Second chart: on the validation sentences, the share translated exactly and the alignment error rate of the cross-attention against the true word alignment (0 is perfect). Below: the probe sentence's cross-attention, the mean of the heads and each head, one row per French word being predicted, one column per English source word. Train runs up to ${maxSteps} steps in a Web Worker and pauses while the tab is hidden; the same seed and settings give the same curves.`,
  translateCaption:
    "Greedy decoding of your sentence, one step per row: the words so far, the word the step chose, and where that step's query looked in the source, per head. The decoder starts from <bos> and stops at <eos>.",
  noRun: "There is no run in the lab yet: press Train or Step, or translate with the checkpoint.",
  invalid: "Fix the settings marked above first.",
} as const;
