import {
  AttentionError,
  add,
  crossEntropy,
  embedding,
  layerNorm,
  linear,
  sinusoidalPositions,
  type CrossEntropyTrace,
  type KeysValues,
  type LayerNormTrace,
  type Matrix,
} from "../core";
import { decoderLayer, type DecoderLayerTrace } from "./decoderLayer";
import { encoderLayer, type EncoderLayerTrace } from "./encoderLayer";
import { keyMask } from "./keyMask";
import { checkModelConfig, type ModelConfig } from "./modelConfig";
import { checkModelParams, type ModelParams } from "./modelParams";

/** A batch of sentence pairs, each list one row of token ids per item, padded with padId at the end. */
export interface Seq2SeqBatch {
  /** (B, Ls) source ids. */
  srcIds: number[][];
  /** (B, Lt) decoder inputs: the target shifted right, starting with the begin token. */
  tgtIn: number[][];
  /** (B, Lt) what each decoder position must predict: the target, ending with the end token. */
  tgtOut: number[][];
}

/** One item's forward pass, every stage kept for the backward pass and the figures. */
export interface Seq2SeqItemTrace {
  srcIds: number[];
  tgtIn: number[];
  /** Embeddings plus positions, (Ls, dModel) and (Lt, dModel). */
  srcInput: Matrix;
  tgtInput: Matrix;
  encoder: EncoderLayerTrace[];
  encoderNorm: LayerNormTrace;
  /** The encoder's output, (Ls, dModel): every decoder layer's keys and values come from it. */
  memory: Matrix;
  decoder: DecoderLayerTrace[];
  decoderNorm: LayerNormTrace;
  /** (Lt, tgtVocab) */
  logits: Matrix;
}

export interface Seq2SeqTrace {
  items: Seq2SeqItemTrace[];
  /** Cross-entropy over every item's non-padding target tokens together. */
  loss: CrossEntropyTrace;
}

/**
 * Refuses a batch whose lists disagree in length, an item whose tgtIn and tgtOut differ in length,
 * and an item no query could attend in: a source of only padding, or a target input that starts
 * with padding (its first position would see no key under the causal mask).
 */
function checkBatch(batch: Seq2SeqBatch, padId: number): void {
  const B = batch.srcIds.length;
  if (B === 0) throw new AttentionError("seq2seq", { code: "emptyBatch", params: {} });
  for (const name of ["tgtIn", "tgtOut"] as const) {
    if (batch[name].length !== B) {
      throw new AttentionError("seq2seq", { code: "batchLengths", params: { items: B, name, size: batch[name].length } });
    }
  }
  batch.tgtIn.forEach((row, b) => {
    if (!batch.srcIds[b].some((id) => id !== padId)) {
      throw new AttentionError("seq2seq", { code: "emptySource", params: { item: b, padId } });
    }
    if (row.length === 0 || row[0] === padId) {
      throw new AttentionError("seq2seq", { code: "tgtInStart", params: { item: b, empty: row.length === 0 } });
    }
    if (row.length !== batch.tgtOut[b].length) {
      throw new AttentionError("seq2seq", { code: "tgtLengths", params: { item: b, tgtIn: row.length, tgtOut: batch.tgtOut[b].length } });
    }
  });
}

/** Token embeddings plus sinusoidal positions (unless `positions` is false): (L) ids -> (L, dModel). */
function embed(table: Matrix, ids: readonly number[], positions = true): Matrix {
  if (!positions) return embedding(table, ids);
  return add(embedding(table, ids), sinusoidalPositions(ids.length, table.cols), { op: "seq2seq", a: "the embeddings", b: "the positions" });
}

/** The id blocked as a source key: padId, or none (-1) when the source padding ablation is on. */
function sourcePad(config: ModelConfig): number {
  return config.ablations?.unmaskedSourcePadding ? -1 : config.padId;
}

/** The encoder's part of an item's trace. */
export type EncodeTrace = Pick<Seq2SeqItemTrace, "srcIds" | "srcInput" | "encoder" | "encoderNorm" | "memory">;
/** The decoder's part of an item's trace. */
export type DecodeTrace = Pick<Seq2SeqItemTrace, "tgtIn" | "tgtInput" | "decoder" | "decoderNorm" | "logits">;

/** The source embedded with positions, through the encoder stack and its final LayerNorm: the memory (Ls, dModel). */
export function encode(params: ModelParams, config: ModelConfig, srcIds: readonly number[]): EncodeTrace {
  const Ls = srcIds.length;
  const srcInput = embed(params.get("srcEmbedding")!, srcIds, !config.ablations?.noSourcePositions); // (Ls, dModel)
  const mask = keyMask(Ls, srcIds, sourcePad(config)); // (Ls, Ls)
  const encoder: EncoderLayerTrace[] = [];
  let x = srcInput;
  for (let l = 0; l < config.encoderLayers; ++l) {
    encoder.push(encoderLayer(x, params, config, l, mask));
    x = encoder[l].feedForward.output;
  }
  const encoderNorm = layerNorm(x, params.get("encoder.norm.gamma")!.data, params.get("encoder.norm.beta")!.data, config.layerNormEps);
  return { srcIds: [...srcIds], srcInput, encoder, encoderNorm, memory: encoderNorm.output };
}

/**
 * The target prefix tgtIn embedded with positions, through the decoder stack (causal
 * self-attention, cross-attention to `memory`) and its final LayerNorm, then the generator:
 * logits (Lt, tgtVocab). `crossKeysValues`, one per decoder layer, reuses K and V projected once
 * from the memory (projectKeysValues) instead of projecting them again.
 */
export function decode(
  params: ModelParams,
  config: ModelConfig,
  memory: Matrix,
  srcIds: readonly number[],
  tgtIn: readonly number[],
  crossKeysValues?: readonly KeysValues[],
): DecodeTrace {
  const Lt = tgtIn.length;
  const tgtInput = embed(params.get("tgtEmbedding")!, tgtIn); // (Lt, dModel)
  const masks = { self: keyMask(Lt, tgtIn, config.padId, true), cross: keyMask(Lt, srcIds, sourcePad(config)) }; // (Lt, Lt), (Lt, Ls)
  const decoder: DecoderLayerTrace[] = [];
  let y = tgtInput;
  for (let l = 0; l < config.decoderLayers; ++l) {
    decoder.push(decoderLayer(y, memory, params, config, l, masks, crossKeysValues?.[l]));
    y = decoder[l].feedForward.output;
  }
  const decoderNorm = layerNorm(y, params.get("decoder.norm.gamma")!.data, params.get("decoder.norm.beta")!.data, config.layerNormEps);
  const logits = linear(decoderNorm.output, params.get("generator.w")!, params.get("generator.b")!.data, {
    op: "generator", x: "the decoder output", w: "generator.w", b: "generator.b",
  }); // (Lt, dModel) x (dModel, tgtVocab) -> (Lt, tgtVocab)
  return { tgtIn: [...tgtIn], tgtInput, decoder, decoderNorm, logits };
}

/**
 * One item through the encoder-decoder, as torch.nn.Transformer with batch_first: source and
 * target embedded with positions; the encoder stack then its final LayerNorm gives the memory;
 * the decoder stack (causal self-attention, cross-attention to the memory) then its final
 * LayerNorm; the generator gives the logits. Padding is blocked as keys everywhere.
 */
export function seq2seqItem(params: ModelParams, config: ModelConfig, srcIds: readonly number[], tgtIn: readonly number[]): Seq2SeqItemTrace {
  const encoded = encode(params, config, srcIds);
  return { ...encoded, ...decode(params, config, encoded.memory, srcIds, tgtIn) };
}

/**
 * The training forward pass over a batch: every item's trace, and the cross-entropy of all their
 * logits against tgtOut, padding ignored, averaged over the batch's real target tokens.
 */
export function seq2seqForward(
  params: ModelParams,
  config: ModelConfig,
  batch: Seq2SeqBatch,
  options: { labelSmoothing?: number } = {},
): Seq2SeqTrace {
  checkModelConfig(config);
  checkModelParams(params, config);
  checkBatch(batch, config.padId);
  const items = batch.srcIds.map((src, b) => seq2seqItem(params, config, src, batch.tgtIn[b]));
  // All items' logits as one (sum of Lt, tgtVocab) matrix, so the mean runs over the whole batch's tokens.
  const rows = items.reduce((n, item) => n + item.logits.rows, 0);
  const stacked = new Float64Array(rows * config.tgtVocab);
  let offset = 0;
  for (const item of items) {
    stacked.set(item.logits.data, offset);
    offset += item.logits.data.length;
  }
  const loss = crossEntropy({ rows, cols: config.tgtVocab, data: stacked }, batch.tgtOut.flat(), {
    ignoreIndex: config.padId,
    labelSmoothing: options.labelSmoothing,
  });
  return { items, loss };
}
