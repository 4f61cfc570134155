import { entropyRows, fromRows } from "../core";
import { teacherForcedMaps } from "./crossAttentionMaps";
import { advanceLabRun, startLabRun, type LabEvaluation } from "./labRun";
import type { TranslationDataset } from "./translationDataset";
import { DEFAULT_TRANSLATOR_SETTINGS, evaluateTranslator, translate, type Translator, type TranslatorMetrics, type TranslatorSettings } from "./translator";

/** Steps each ablation trains for: well past where the default run reaches full exact match, so a slower learner can catch up. */
export const ABLATION_STEPS = 300;

const base = DEFAULT_TRANSLATOR_SETTINGS;

/**
 * The runs the lesson compares, all from the default seed: the lab's default, each ablation
 * alone, and one head (d_k = 32, where the scores' spread grows to √32) with and without the scale.
 */
export const ABLATIONS = [
  { name: "default", label: `default (${base.heads} heads, d_k = 8)`, settings: base },
  { name: "unscaled", label: "without 1/√d_k", settings: { ...base, ablations: { unscaled: true } } },
  { name: "oneHead", label: "1 head (d_k = 32)", settings: { ...base, heads: 1 } },
  { name: "oneHeadUnscaled", label: "1 head (d_k = 32) without 1/√d_k", settings: { ...base, heads: 1, ablations: { unscaled: true } } },
  { name: "unmaskedSourcePadding", label: "without the source padding mask", settings: { ...base, ablations: { unmaskedSourcePadding: true } } },
  { name: "noSourcePositions", label: "without positions in the encoder", settings: { ...base, ablations: { noSourcePositions: true } } },
] as const satisfies readonly { name: string; label: string; settings: TranslatorSettings }[];

export type AblationName = (typeof ABLATIONS)[number]["name"];

/** One ablation's run: its evaluations as it trained, and the trained model on the whole validation split. */
export interface AblationResult {
  name: AblationName;
  label: string;
  settings: TranslatorSettings;
  steps: number;
  evaluations: LabEvaluation[];
  validation: TranslatorMetrics;
  /** Exact match by English sentence length. */
  byLength: { words: number; pairs: number; exactMatch: number }[];
  /** Exact match with every source padded to the longest validation sentence, as in a training batch. */
  paddedExactMatch: number;
  /** Mean entropy (nats) of the last decoder layer's cross-attention rows, over heads, French words and pairs, each pair alone: lower is sharper. */
  attentionEntropy: number;
}

/** What src/train/checkpoint/ablations.json holds. */
export interface AblationResults {
  dataset: TranslationDataset["spec"];
  steps: number;
  runs: AblationResult[];
}

/** Trains one ablation for `steps` steps with the lab's own loop and evaluations, then measures it on the validation split. */
export function ablationResult(ablation: (typeof ABLATIONS)[number], dataset: TranslationDataset, steps = ABLATION_STEPS): AblationResult {
  let lab = startLabRun(ablation.settings, dataset);
  while (lab.run.step < steps) lab = advanceLabRun(lab, dataset);
  const pairs = dataset.validation;
  const longest = Math.max(...pairs.map((p) => p.english.length));
  const right = (run: Translator, padTo?: number) => pairs.map((p) => translate(run, dataset, p.english, { padTo }).join(" ") === p.french.join(" "));
  const plain = right(lab.run);
  const padded = right(lab.run, longest);
  const lengths = [...new Set(pairs.map((p) => p.english.length))].sort((a, b) => a - b);
  return {
    name: ablation.name,
    label: ablation.label,
    settings: ablation.settings,
    steps,
    evaluations: lab.history.evaluations,
    validation: evaluateTranslator(lab.run, dataset, pairs),
    byLength: lengths.map((words) => {
      const at = plain.filter((_, n) => pairs[n].english.length === words);
      return { words, pairs: at.length, exactMatch: at.filter(Boolean).length / at.length };
    }),
    paddedExactMatch: padded.filter(Boolean).length / pairs.length,
    attentionEntropy: crossAttentionEntropy(lab.run, dataset),
  };
}

/**
 * Mean entropy of the cross-attention rows that predict French words, over heads and validation
 * pairs, each pair alone (no padding, so every row sums to 1 under every ablation).
 */
function crossAttentionEntropy(run: Translator, dataset: TranslationDataset): number {
  let sum = 0;
  let rows = 0;
  for (const pair of dataset.validation) {
    for (const head of teacherForcedMaps(run, dataset, pair).heads) {
      const entropies = entropyRows(fromRows(head.slice(0, pair.french.length)));
      entropies.forEach((e) => (sum += e));
      rows += entropies.length;
    }
  }
  return sum / rows;
}
