import { assertIntegerInRange } from "../core";
import type { ModelConfig } from "./modelConfig";

/** The sizes of one decode: how many source tokens the memory has, how many steps it runs, how many beams. */
export interface DecodingShape {
  /** Ls, the source length: the memory's rows, and so the rows of every cross-attention K and V. */
  sourceLength: number;
  /** How many decoding steps (tokens produced, the end token included). */
  steps: number;
  /** Hypotheses decoded side by side (beam search); 1 for greedy decoding. */
  beams?: number;
}

/** What the cross-attention K/V cache saves and costs in one decode, and what the self-attention cache holds. */
export interface DecodingCacheCost {
  /** Multiply-adds of one layer's K and V projections of the memory: 2 Ls dModel², (Ls, dModel) x (dModel, dModel) twice. */
  crossProjection: number;
  /** Multiply-adds of the cross K, V projections with the cache: once per layer, layers x crossProjection. */
  crossWithCache: number;
  /** The same without the cache: every step projects again, steps x layers x crossProjection. */
  crossWithoutCache: number;
  /** crossWithoutCache - crossWithCache = (steps - 1) x layers x 2 Ls dModel². */
  saved: number;
  /** Numbers the cross K/V cache holds from the first step on: 2 x layers x Ls x dModel (one copy serves every beam). */
  crossCacheNumbers: number;
  /**
   * Numbers an incremental decoder's self-attention K/V cache holds after `steps` steps, over all
   * beams: each step appends one K row and one V row per layer and beam, 2 x beams x layers x steps x dModel.
   */
  selfCacheNumbers: number;
}

/**
 * The cost of decoding with and without the cross-attention K/V cache, from the model's sizes:
 * K and V of cross-attention depend only on the source, so a decoder projects them once per layer
 * (and holds them), instead of once per layer and step. Counts products only; bias adds are left out.
 */
export function decodingCacheCost(config: Pick<ModelConfig, "dModel" | "decoderLayers">, shape: DecodingShape): DecodingCacheCost {
  const op = "decodingCacheCost";
  const { dModel, decoderLayers: layers } = config;
  const { sourceLength: Ls, steps, beams = 1 } = shape;
  assertIntegerInRange(dModel, op, "dModel", 1);
  assertIntegerInRange(layers, op, "decoderLayers", 1);
  assertIntegerInRange(Ls, op, "sourceLength", 1);
  assertIntegerInRange(steps, op, "steps", 1);
  assertIntegerInRange(beams, op, "beams", 1);
  const crossProjection = 2 * Ls * dModel * dModel; // K and V: each (Ls, dModel) x (dModel, dModel) -> (Ls, dModel)
  const crossWithCache = layers * crossProjection;
  const crossWithoutCache = steps * layers * crossProjection;
  return {
    crossProjection,
    crossWithCache,
    crossWithoutCache,
    saved: crossWithoutCache - crossWithCache,
    crossCacheNumbers: 2 * layers * Ls * dModel, // K and V, each (Ls, dModel), per layer
    selfCacheNumbers: 2 * beams * layers * steps * dModel, // K and V, each (steps, dModel), per layer and beam
  };
}
