import { assertIntegerInRange, AttentionError, createRandom, type AdamState } from "../core";
import {
  initParams,
  optimizerState,
  seq2seqForward,
  trainingStep,
  type ModelConfig,
  type ModelParams,
} from "../model";
import { crossAttentionMaps } from "./crossAttentionMaps";
import { pairsToBatch } from "./pairsToBatch";
import type { TranslationDataset } from "./translationDataset";
import type { TranslationPair } from "./translationGrammar";
import { translateSteps } from "./translateSteps";
import { PAD } from "./translationVocabulary";

/** What the reader can set in the lab; the rest of the model's size is fixed. */
export interface TranslatorSettings {
  seed: number;
  /** Adam's learning rate. */
  lr: number;
  heads: number;
  ablations?: ModelConfig["ablations"];
}

/** The largest seed (the generator takes 32-bit seeds; this keeps batchForStep's arithmetic exact). */
export const MAX_SEED = 2 ** 31 - 1;

/** The largest learning rate a run accepts: above it Adam's steps throw this small model about. */
export const MAX_LEARNING_RATE = 0.1;

export const DEFAULT_TRANSLATOR_SETTINGS: TranslatorSettings = { seed: 1, lr: 0.003, heads: 4 };

/** Sentence pairs per training step. */
export const BATCH_SIZE = 32;

/** The width of the model the lab trains; its heads must divide it. */
export const TRANSLATOR_D_MODEL = 32;

/** The decoder layers of the model the lab trains (and so of every cross-attention K/V it caches). */
export const TRANSLATOR_DECODER_LAYERS = 1;

/** The model the lab trains: one encoder and one decoder layer, pre-norm, d_model 32. */
export function translatorConfig(settings: TranslatorSettings, dataset: TranslationDataset): ModelConfig {
  return {
    dModel: TRANSLATOR_D_MODEL,
    heads: settings.heads,
    dFF: 64,
    encoderLayers: 1,
    decoderLayers: TRANSLATOR_DECODER_LAYERS,
    normFirst: true,
    layerNormEps: 1e-5,
    srcVocab: dataset.english.words.length,
    tgtVocab: dataset.french.words.length,
    padId: PAD,
    ...(settings.ablations ? { ablations: settings.ablations } : {}),
  };
}

/** A training run: its settings, model, optimizer state and how many steps it has taken. */
export interface Translator {
  settings: TranslatorSettings;
  config: ModelConfig;
  params: ModelParams;
  optimizer: ReadonlyMap<string, AdamState>;
  step: number;
}

/** A fresh run: parameters drawn from the seed, Adam at step 0. */
export function createTranslator(settings: TranslatorSettings, dataset: TranslationDataset): Translator {
  assertIntegerInRange(settings.seed, "translator", "seed", 0, MAX_SEED);
  if (!(settings.lr > 0 && settings.lr <= MAX_LEARNING_RATE)) {
    throw new AttentionError("translator", { code: "learningRate", params: { lr: settings.lr, max: MAX_LEARNING_RATE } });
  }
  const config = translatorConfig(settings, dataset);
  const params = initParams(config, settings.seed);
  return { settings, config, params, optimizer: optimizerState(params), step: 0 };
}

/**
 * The pairs of training step `step`: BATCH_SIZE draws from the training split by a generator
 * seeded with the run's seed and the step, so a run is the same on every machine and a step can
 * be replayed on its own.
 */
export function batchForStep(dataset: TranslationDataset, seed: number, step: number): TranslationPair[] {
  const rng = createRandom((seed * 1_000_003 + step) % 2 ** 31);
  return Array.from({ length: BATCH_SIZE }, () => dataset.train[Math.floor(rng.next() * dataset.train.length)]);
}

/** One Adam step on the next batch; returns the advanced run and that batch's loss. */
export function trainTranslator(run: Translator, dataset: TranslationDataset): { run: Translator; loss: number } {
  const pairs = batchForStep(dataset, run.settings.seed, run.step);
  const batch = pairsToBatch(pairs, dataset.english, dataset.french);
  const next = trainingStep(run.params, run.optimizer, run.config, batch, { lr: run.settings.lr, betas: [0.9, 0.98], eps: 1e-9 });
  return { run: { ...run, params: next.params, optimizer: next.state, step: run.step + 1 }, loss: next.loss };
}

/** The French words of a greedy translation of English words (each a known English word), the source padded to padTo if given. */
export function translate(run: Translator, dataset: TranslationDataset, english: readonly string[], options: { padTo?: number } = {}): string[] {
  return translateSteps(run, dataset, english, options).french;
}

/** How a run does on some pairs. */
export interface TranslatorMetrics {
  /** Mean cross-entropy per target token, teacher-forced. */
  loss: number;
  /** The share of pairs whose greedy translation is exactly the reference. */
  exactMatch: number;
  /** Alignment error rate of the last decoder layer's cross-attention, averaged over heads, teacher-forced. */
  alignmentError: number;
  /** The same for each head alone, averaged over the pairs. */
  headAlignmentError: number[];
}

/** Loss, exact match and alignment error rates on `pairs`. */
export function evaluateTranslator(run: Translator, dataset: TranslationDataset, pairs: readonly TranslationPair[]): TranslatorMetrics {
  const batch = pairsToBatch(pairs, dataset.english, dataset.french);
  const trace = seq2seqForward(run.params, run.config, batch);
  let exact = 0;
  let aer = 0;
  const headAer = new Array<number>(run.config.heads).fill(0);
  pairs.forEach((pair, b) => {
    if (translate(run, dataset, pair.english).join(" ") === pair.french.join(" ")) exact += 1;
    const maps = crossAttentionMaps(trace.items[b], pair);
    aer += maps.alignmentError;
    maps.headAlignmentError.forEach((e, h) => (headAer[h] += e));
  });
  const n = pairs.length;
  return { loss: trace.loss.loss, exactMatch: exact / n, alignmentError: aer / n, headAlignmentError: headAer.map((e) => e / n) };
}
