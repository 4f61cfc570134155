// Build time only (Astro frontmatter and lesson exports): the checkpoint's JSON is large, so no
// island imports this file; the page gets what it needs drawn, or as data on the lab's root.
import checkpointJson from "../train/checkpoint/default.json";
import { teacherForcedMaps, type CrossAttentionMaps } from "../train/crossAttentionMaps";
import { checkpointModel, type LabCheckpoint } from "../train/labCheckpoint";
import { labDataset, labProbes } from "../train/labDataset";
import type { TranslationDataset } from "../train/translationDataset";
import type { TranslationPair } from "../train/translationGrammar";

/** The checkpoint in the repository, as npm run train:checkpoint wrote it. */
export const checkpoint = checkpointJson as unknown as LabCheckpoint;

/** The checkpoint's model with the lab's dataset and probe sentences, and its cross-attention on each probe. */
export interface CheckpointView {
  dataset: TranslationDataset;
  model: ReturnType<typeof checkpointModel>;
  probes: TranslationPair[];
  probeMaps: CrossAttentionMaps[];
}

let view: CheckpointView | undefined;

/** Decoded once per build. */
export function checkpointView(): CheckpointView {
  if (view) return view;
  const dataset = labDataset();
  const model = checkpointModel(checkpoint, dataset);
  const probes = labProbes(dataset);
  const probeMaps = probes.map((pair) => teacherForcedMaps(model, dataset, pair));
  view = { dataset, model, probes, probeMaps };
  return view;
}
