import { add, crossEntropyBackward, embeddingBackward, layerNormBackward, linearBackward, type Matrix } from "../core";
import { addGradient } from "./addGradient";
import { decoderLayerBackward } from "./decoderLayer";
import { encoderLayerBackward } from "./encoderLayer";
import type { ModelConfig } from "./modelConfig";
import { zerosLike, type ModelParams } from "./modelParams";
import type { Seq2SeqItemTrace, Seq2SeqTrace } from "./seq2seqForward";

/** One item's backward pass from dLogits (Lt, tgtVocab), adding every parameter's gradient into `grads`. */
function itemBackward(item: Seq2SeqItemTrace, params: ModelParams, config: ModelConfig, dLogits: Matrix, grads: Map<string, Matrix>): void {
  // Generator: logits = decoded Wg + bg.
  const generator = linearBackward(item.decoderNorm.output, params.get("generator.w")!, dLogits, { op: "generator", x: "decoded", w: "generator.w" }); // dDecoded (Lt, dModel), dWg (dModel, tgtVocab)
  addGradient(grads, "generator.w", generator.dW);
  addGradient(grads, "generator.b", generator.db);
  const decoderNorm = layerNormBackward(item.decoderNorm, params.get("decoder.norm.gamma")!.data, generator.dX);
  addGradient(grads, "decoder.norm.gamma", decoderNorm.dGamma);
  addGradient(grads, "decoder.norm.beta", decoderNorm.dBeta);

  // Decoder stack in reverse; every layer reads the same memory, so the memory's gradients add up.
  let dY = decoderNorm.dX; // (Lt, dModel)
  let dMemory: Matrix | undefined;
  for (let l = config.decoderLayers - 1; l >= 0; --l) {
    const g = decoderLayerBackward(item.decoder[l], item.memory, params, config, l, dY, grads);
    dY = g.dX;
    dMemory = dMemory ? add(dMemory, g.dMemory) : g.dMemory; // (Ls, dModel)
  }
  addGradient(grads, "tgtEmbedding", embeddingBackward(config.tgtVocab, item.tgtIn, dY)); // positions have no parameters

  const encoderNorm = layerNormBackward(item.encoderNorm, params.get("encoder.norm.gamma")!.data, dMemory!);
  addGradient(grads, "encoder.norm.gamma", encoderNorm.dGamma);
  addGradient(grads, "encoder.norm.beta", encoderNorm.dBeta);
  let dX = encoderNorm.dX; // (Ls, dModel)
  for (let l = config.encoderLayers - 1; l >= 0; --l) dX = encoderLayerBackward(item.encoder[l], params, config, l, dX, grads);
  addGradient(grads, "srcEmbedding", embeddingBackward(config.srcVocab, item.srcIds, dX));
}

/**
 * The gradient of the batch's loss with respect to every parameter, by name (as parameterShapes
 * names them): cross-entropy backward gives dLogits for the stacked items; each item's share
 * flows back through its generator, decoder, memory, encoder and embeddings.
 */
export function seq2seqBackward(params: ModelParams, config: ModelConfig, trace: Seq2SeqTrace): Map<string, Matrix> {
  const grads = zerosLike(config);
  const dLogits = crossEntropyBackward(trace.loss); // (sum of Lt, tgtVocab)
  let offset = 0;
  for (const item of trace.items) {
    const size = item.logits.data.length;
    const dItem = { rows: item.logits.rows, cols: item.logits.cols, data: dLogits.data.slice(offset, offset + size) }; // (Lt, tgtVocab)
    offset += size;
    itemBackward(item, params, config, dItem, grads);
  }
  return grads;
}
